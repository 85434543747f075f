package ir.saorg.sehat.notification.templates;

import ir.saorg.sehat.notification.announcing.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every subject renders in both languages, in the right direction, and values from outside never become markup. */
class TemplatesTest {

    static final Templates TEMPLATES = Templates.load();
    static final String HOSTILE = "<script>alert('x')</script><a href=\"https://evil.example\">click</a> & \u202Egnp.exe";

    static Map<String, Fact> everyFact(String text) {
        Map<String, Fact> facts = new HashMap<>();
        facts.put("ref", new Fact.Ltr("9b2f4c1e"));
        facts.put("type", new Fact.Named("گواهی اشتغال به تحصیل", "Enrolment certificate"));
        facts.put("amount", new Fact.Amount(25_000_000));
        facts.put("payUrl", new Fact.Link("https://sehat.saorg.ir/sandbox/zarinpal/pg/StartPay/A0001"));
        facts.put("expiresAt", new Fact.Moment(Instant.parse("2026-11-24T08:30:00Z")));
        facts.put("code", new Fact.Code("48213390577126048835"));
        facts.put("proofUrl", new Fact.Link("https://sehat.saorg.ir/api/v1/codes/48213390577126048835/proof.pdf"));
        facts.put("reason", new Fact.Text(text));
        facts.put("refund", new Fact.Term("rejected.refund"));
        facts.put("refundReference", new Fact.Ltr("RF-1"));
        facts.put("closesAt", new Fact.Moment(Instant.parse("2026-12-24T08:30:00Z")));
        facts.put("answer", new Fact.Text(text));
        facts.put("outcome", new Fact.Term("dispute.SETTLED"));
        facts.put("decision", new Fact.Text(text));
        facts.put("university", new Fact.Ltr("ut"));
        facts.put("submittedAt", new Fact.Moment(Instant.parse("2026-11-20T08:30:00Z")));
        facts.put("dueAt", new Fact.Moment(Instant.parse("2026-11-23T08:30:00Z")));
        return facts;
    }

    @ParameterizedTest
    @EnumSource(Subject.class)
    void everySubjectRendersInPersianRightToLeftAndInEnglish(Subject subject) {
        assertThat(TEMPLATES.knows(subject.name())).isTrue();
        Rendered fa = TEMPLATES.render(subject.name(), Language.FA, everyFact("دلیل"));
        Rendered en = TEMPLATES.render(subject.name(), Language.EN, everyFact("reason"));

        assertThat(fa.html()).contains("<html lang=\"fa\" dir=\"rtl\">", "<body dir=\"rtl\"", "direction:rtl",
                "text-align:right");
        assertThat(en.html()).contains("<html lang=\"en\" dir=\"ltr\">", "direction:ltr");
        for (Rendered rendered : new Rendered[] {fa, en}) {
            assertThat(rendered.title()).isNotBlank().doesNotContain("\n", "{", "}");
            assertThat(rendered.brief()).isNotBlank().doesNotContain("{", "}");
            assertThat(rendered.text()).doesNotContain("{", "}");
            assertThat(rendered.html()).doesNotContain("{", "}");
        }
        assertThat(fa.title()).containsPattern("[\\u0600-\\u06FF]");
        assertThat(en.title()).doesNotContainPattern("[\\u0600-\\u06FF]");
    }

    @Test
    void writesAmountsAndDatesAsIraniansReadThem() {
        Rendered fa = TEMPLATES.render("PAYMENT_REQUESTED", Language.FA, everyFact("x"));
        Rendered en = TEMPLATES.render("PAYMENT_REQUESTED", Language.EN, everyFact("x"));

        assertThat(fa.text()).contains("۲۵٬۰۰۰٬۰۰۰ ریال", "۱۴۰۵");
        assertThat(en.text()).contains("25,000,000 rials", "1405");
        assertThat(fa.html()).contains("<a href=\"https://sehat.saorg.ir/sandbox/zarinpal/pg/StartPay/A0001\" dir=\"ltr\"");
    }

    @Test
    void showsTheCodeInGroupsLeftToRightInsidePersian() {
        Rendered fa = TEMPLATES.render("CODE_ISSUED", Language.FA, everyFact("x"));

        assertThat(fa.html()).contains("<span dir=\"ltr\"", "4821-3390-5771-2604-8835");
        assertThat(fa.brief()).isEqualTo("کد صحت درخواست صادر شد: 4821-3390-5771-2604-8835");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void escapesHostileValuesSoTheyStayText(Language language) {
        Rendered rendered = TEMPLATES.render("REQUEST_REJECTED", language, everyFact(HOSTILE));

        assertThat(rendered.html()).doesNotContain("<script>", "<a href=\"https://evil.example\"", "\u202E")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                        "&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt; &amp;");
        assertThat(rendered.text()).contains("<script>alert('x')</script>").doesNotContain("\u202E");
    }

    @Test
    void neverExpandsPlaceholdersInsideValues() {
        Rendered rendered = TEMPLATES.render("REQUEST_REJECTED", Language.EN, everyFact("{code} {payUrl}"));

        assertThat(rendered.text()).contains("Reason: {code} {payUrl}").doesNotContain("4821");
    }

    @Test
    void keepsLineBreaksOutOfTheSubjectLine() {
        Map<String, Fact> facts = everyFact("x");
        facts.put("ref", new Fact.Ltr("ab\r\nBcc: victim@example.com"));

        assertThat(TEMPLATES.render("CODE_ISSUED", Language.EN, facts).title()).doesNotContain("\r", "\n");
    }

    @Test
    void aLinkThatIsNotHttpStaysPlainText() {
        Map<String, Fact> facts = everyFact("x");
        facts.put("payUrl", new Fact.Link("javascript:alert(1)"));

        String html = TEMPLATES.render("PAYMENT_REQUESTED", Language.EN, facts).html();
        assertThat(html).contains("javascript:alert(1)").doesNotContain("href=\"javascript");
    }

    @Test
    void saysWhichValueATemplateMisses() {
        Map<String, Fact> facts = everyFact("x");
        facts.remove("code");

        assertThatThrownBy(() -> TEMPLATES.render("CODE_ISSUED", Language.FA, facts))
                .isInstanceOf(MissingFactException.class).hasMessageContaining("{code}");
    }
}
