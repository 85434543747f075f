package ir.saorg.sehat.notification.recipients;

import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.templates.Language;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Preferences are checked all at once and stored in one form. */
class ContactRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"09121234567", "+989121234567", "00989121234567", "989121234567", "9121234567",
            "۰۹۱۲۱۲۳۴۵۶۷", "0912 123 4567", "0912-123-4567"})
    void readsMobileNumbersAsPeopleWriteThem(String written) {
        assertThat(ContactRules.normaliseMobile(written)).isEqualTo("09121234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0212345678", "0912123456", "091212345678", "phone", "09121234567;rm", "+1 555 0100"})
    void refusesWhatIsNotAnIranianMobile(String written) {
        assertThat(ContactRules.normaliseMobile(written)).isNull();
    }

    @Property
    void everyIranianMobileSurvivesTheInternationalForm(@ForAll @LongRange(min = 9_000_000_000L, max = 9_999_999_999L)
                                                       long national) {
        assertThat(ContactRules.normaliseMobile("+98" + national)).isEqualTo("0" + national);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var checked = ContactRules.check(new ContactRules.Requested("not-an-address", "123", "de",
                List.of("EMAIL", "PIGEON", "WEBHOOK")));

        assertThat(checked.violations()).extracting(ContactRules.Violation::key).containsExactlyInAnyOrder(
                "preferences.email-invalid", "preferences.mobile-invalid", "preferences.language-invalid",
                "preferences.channel-unknown", "preferences.channel-unknown");
    }

    @Test
    void asksForTheAddressAChannelNeeds() {
        var checked = ContactRules.check(new ContactRules.Requested(null, null, "en", List.of("SMS")));

        assertThat(checked.violations()).extracting(ContactRules.Violation::key)
                .containsExactly("preferences.mobile-needed");
    }

    @Test
    void acceptsAndNormalises() {
        var checked = ContactRules.check(new ContactRules.Requested(" Z.Kazemi@UT.ac.ir ", "+98 912 123 4567", "EN",
                List.of("email", "SMS", "EMAIL")));

        assertThat(checked.violations()).isEmpty();
        assertThat(checked.email()).isEqualTo("z.kazemi@ut.ac.ir");
        assertThat(checked.mobile()).isEqualTo("09121234567");
        assertThat(checked.language()).isEqualTo(Language.EN);
        assertThat(checked.channels()).containsExactly(Channel.EMAIL, Channel.SMS);
    }

    @Test
    void theFeedIsAlwaysAChannel() {
        assertThat(new Contact("s", "a@b.ir", null, null, java.util.Set.of(Channel.EMAIL), null).channels())
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL);
        assertThat(Contact.feedOnly("s").reachableBy(Channel.EMAIL)).isFalse();
    }
}
