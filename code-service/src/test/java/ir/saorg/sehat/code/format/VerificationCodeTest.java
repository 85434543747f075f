package ir.saorg.sehat.code.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationCodeTest {

    static final int CASES = 100_000;

    @Test
    void refusesEverySingleMistypedDigit() {
        var random = new SplittableRandom(20);
        long refused = 0;
        for (int n = 0; n < CASES; n++) {
            String code = VerificationCode.generate(random).digits();
            int position = random.nextInt(20);
            char wrong = (char) ('0' + (code.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String typo = code.substring(0, position) + wrong + code.substring(position + 1);
            assertThat(reasonFor(typo)).as(typo).isEqualTo(MalformedCodeException.Reason.CHECK_DIGIT);
            refused++;
        }
        assertThat(refused).isEqualTo(CASES);
    }

    @Test
    void refusesEverySwapOfTwoDifferentNeighbours() {
        var random = new SplittableRandom(1403);
        int swaps = 0;
        while (swaps < CASES) {
            String code = VerificationCode.generate(random).digits();
            int i = random.nextInt(19);
            if (code.charAt(i) == code.charAt(i + 1)) {
                continue;
            }
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertThat(reasonFor(swapped)).as(swapped).isEqualTo(MalformedCodeException.Reason.CHECK_DIGIT);
            swaps++;
        }
    }

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
    void readsPersianArabicAndLatinDigitsWithSpacesAndDashes() {
        String digits = VerificationCode.generate(new SplittableRandom(7)).digits();
        String persian = digits.chars().mapToObj(c -> String.valueOf((char) ('۰' + c - '0'))).reduce("", String::concat);
        String arabic = digits.chars().mapToObj(c -> String.valueOf((char) ('٠' + c - '0'))).reduce("", String::concat);
        String grouped = new VerificationCode(digits).display().replace("-", " - ");

        assertThat(VerificationCode.parse(persian).digits()).isEqualTo(digits);
        assertThat(VerificationCode.parse(arabic).digits()).isEqualTo(digits);
        assertThat(VerificationCode.parse(grouped).digits()).isEqualTo(digits);
        assertThat(new VerificationCode(digits).display()).matches("\\d{4}(-\\d{4}){4}");
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
