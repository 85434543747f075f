package ir.saorg.sehat.code.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Examples; the detection and reading claims are properties in {@link VerificationCodePropertyTest}. */
class VerificationCodeTest {

    @Test
    void drawsAtLeastSixtyBitsUniformlyFromTheFirstNineteenDigits() {
        assertThat(BigInteger.TEN.pow(19).bitLength() - 1).isGreaterThanOrEqualTo(60);
        var random = new SecureRandom();
        int[] firstDigits = new int[10];
        for (int n = 0; n < 20_000; n++) {
            firstDigits[VerificationCode.generate(random).digits().charAt(0) - '0']++;
        }
        assertThat(java.util.Arrays.stream(firstDigits).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(1_700, 2_300));
    }

    @Test
    void saysWhatIsWrongWithInputThatCannotBeACode() {
        assertThat(reasonFor("1234")).isEqualTo(MalformedCodeException.Reason.LENGTH);
        assertThat(reasonFor("1".repeat(1_000_000))).isEqualTo(MalformedCodeException.Reason.LENGTH);
        assertThat(reasonFor("1234-5678-9012-3456-789O")).isEqualTo(MalformedCodeException.Reason.CHARACTERS);
        assertThat(reasonFor("{\"$ne\": null}")).isEqualTo(MalformedCodeException.Reason.CHARACTERS);
        assertThat(reasonFor("")).isEqualTo(MalformedCodeException.Reason.LENGTH);
        assertThatThrownBy(() -> VerificationCode.parse(null)).isInstanceOf(MalformedCodeException.class);
    }

    private static MalformedCodeException.Reason reasonFor(String input) {
        try {
            VerificationCode.parse(input);
            return null;
        } catch (MalformedCodeException e) {
            return e.reason();
        }
    }
}
