package ir.saorg.sehat.request.disputes;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What people write in a dispute is taken as written, stripped, within the length the events allow. */
class DisputeTextTest {

    @Property
    void acceptsAnyTextOfOneToFourThousandCharactersOnceStripped(@ForAll @StringLength(max = 4100) String text) {
        String stripped = text.strip();
        int characters = stripped.codePointCount(0, stripped.length());
        if (characters >= 1 && characters <= DisputeText.MAX) {
            assertThat(DisputeText.checked(text)).isEqualTo(stripped);
        } else {
            assertThatThrownBy(() -> DisputeText.checked(text)).isInstanceOfSatisfying(DisputeRefused.class, r ->
                    assertThat(r.why()).isEqualTo(characters == 0 ? DisputeRefused.Why.TEXT_EMPTY
                            : DisputeRefused.Why.TEXT_TOO_LONG));
        }
    }
}
