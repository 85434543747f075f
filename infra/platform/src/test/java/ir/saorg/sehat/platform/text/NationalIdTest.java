package ir.saorg.sehat.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NationalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0499370899", "0084575948", "1111111111"})
    void knowsRealShapes(String id) {
        assertThat(NationalId.isValid(id)).isEqualTo(!id.equals("1111111111"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "049937089", "04993708990", "049937089a", "0499370898"})
    void refusesMalformedOrWrongChecksums(String id) {
        assertThat(NationalId.isValid(id)).isFalse();
    }

    @Test
    void acceptsExactlyOneCheckDigitForEveryPrefix() {
        var random = new SplittableRandom(1403);
        for (int n = 0; n < 100_000; n++) {
            String prefix = String.format("%09d", random.nextInt(1_000_000_000));
            int valid = 0;
            for (int check = 0; check <= 9; check++) {
                if (NationalId.isValid(prefix + check)) {
                    valid++;
                }
            }
            assertThat(valid).as(prefix).isLessThanOrEqualTo(1);
            if (prefix.chars().distinct().count() > 1) {
                assertThat(valid).as("a mistyped check digit is always caught: " + prefix).isEqualTo(1);
            }
        }
    }
}
