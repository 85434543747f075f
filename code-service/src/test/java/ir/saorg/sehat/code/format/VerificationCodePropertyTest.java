package ir.saorg.sehat.code.format;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code format's claims, each over 100,000 generated cases (jqwik, {@code tries}). The two detection properties
 * check every one of a code's 180 single-digit typos and every swap of its differing neighbours, so they cover
 * 18,000,000 typos and about 1,700,000 swaps.
 */
class VerificationCodePropertyTest {

    static final int TRIES = 100_000;

    @Property(tries = TRIES)
    void everyGeneratedCodeValidatesAndReadsBackFromItsDisplay(@ForAll Random random) {
        VerificationCode code = VerificationCode.generate(random);

        assertThat(Damm.isValid(code.digits())).isTrue();
        assertThat(VerificationCode.parse(code.display())).isEqualTo(code);
    }

    @Property(tries = TRIES)
    void refusesEverySingleMistypedDigitBeforeAnyLookup(@ForAll("codes") VerificationCode code) {
        char[] digits = code.digits().toCharArray();
        for (int position = 0; position < VerificationCode.LENGTH; position++) {
            char right = digits[position];
            for (char wrong = '0'; wrong <= '9'; wrong++) {
                if (wrong != right) {
                    digits[position] = wrong;
                    assertThat(reasonFor(new String(digits))).isEqualTo(MalformedCodeException.Reason.CHECK_DIGIT);
                }
            }
            digits[position] = right;
        }
    }

    @Property(tries = TRIES)
    void refusesEverySwapOfTwoDifferentNeighboursBeforeAnyLookup(@ForAll("codes") VerificationCode code) {
        String digits = code.digits();
        for (int i = 0; i + 1 < VerificationCode.LENGTH; i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                assertThat(reasonFor(swapped)).as(swapped).isEqualTo(MalformedCodeException.Reason.CHECK_DIGIT);
            }
        }
    }

    @Property(tries = TRIES)
    void readsPersianArabicAndLatinDigitsWithSpacesAndDashesAsTheSameCode(
            @ForAll("codes") VerificationCode code, @ForAll @Size(VerificationCode.LENGTH) List<Script> scripts,
            @ForAll("separators") @Size(VerificationCode.LENGTH + 1) List<String> separators) {
        var typed = new StringBuilder(separators.getFirst());
        for (int i = 0; i < VerificationCode.LENGTH; i++) {
            typed.append(scripts.get(i).digit(code.digits().charAt(i))).append(separators.get(i + 1));
        }

        assertThat(VerificationCode.parse(typed.toString())).isEqualTo(code);
    }

    @Property
    void refusesDigitsOfOtherScriptsAsCharacters(@ForAll("codes") VerificationCode code,
                                                 @ForAll @IntRange(max = VerificationCode.LENGTH - 1) int position,
                                                 @ForAll("foreignZeros") char zero) {
        String digits = code.digits();
        String typed = digits.substring(0, position) + (char) (zero + digits.charAt(position) - '0')
                + digits.substring(position + 1);

        assertThat(reasonFor(typed)).isEqualTo(MalformedCodeException.Reason.CHARACTERS);
    }

    /**
     * The entropy claim. {@code generate} draws one digit with {@code nextInt(10)} and 18 with
     * {@code nextLong(10^18)}, each uniform by RandomGenerator's contract, and writes them side by side: every one of
     * the 10^19 bodies comes from exactly one draw (the property below), so each is equally likely, and a code carries
     * log2(10^19) = 19 × log2(10) ≈ 63.12 random bits.
     */
    @Example
    void aCodeCarriesAtLeastSixtyRandomBits() {
        double bits = 19 * Math.log(10) / Math.log(2);

        assertThat(bits).isGreaterThan(63.1).isLessThan(63.2).isGreaterThanOrEqualTo(60);
    }

    @Property(tries = TRIES)
    void everyBodyComesFromExactlyOneDraw(@ForAll @IntRange(max = 9) int first,
                                          @ForAll @LongRange(max = 999_999_999_999_999_999L) long rest) {
        String digits = VerificationCode.generate(new FixedDraw(first, rest)).digits();

        assertThat(digits.charAt(0) - '0').isEqualTo(first);
        assertThat(Long.parseLong(digits.substring(1, 19))).isEqualTo(rest);
    }

    @Provide
    Arbitrary<VerificationCode> codes() {
        return Arbitraries.strings().numeric().ofLength(VerificationCode.LENGTH - 1)
                .map(body -> new VerificationCode(body + Damm.checkDigit(body)));
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("", "", "", " ", "-", " - ", "\u00A0", "\u200C").list();
    }

    @Provide
    Arbitrary<Character> foreignZeros() {
        // Devanagari, Bengali, Tamil and fullwidth zeros: decimal digits, but not ones Iranians type
        return Arbitraries.of('\u0966', '\u09E6', '\u0BE6', '\uFF10');
    }

    private static MalformedCodeException.Reason reasonFor(String input) {
        try {
            VerificationCode.parse(input);
            return null;
        } catch (MalformedCodeException e) {
            return e.reason();
        }
    }

    /** How people may type a digit. */
    enum Script {
        LATIN('0'), PERSIAN('۰'), ARABIC_INDIC('٠');

        private final char zero;

        Script(char zero) {
            this.zero = zero;
        }

        char digit(char latin) {
            return (char) (zero + latin - '0');
        }
    }

    /** A generator that draws the given values, to see what {@code generate} makes of each draw. */
    private record FixedDraw(int first, long rest) implements RandomGenerator {

        @Override
        public int nextInt(int bound) {
            assertThat(bound).isEqualTo(10);
            return first;
        }

        @Override
        public long nextLong(long bound) {
            assertThat(bound).isEqualTo(1_000_000_000_000_000_000L);
            return rest;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("generate draws only bounded values");
        }
    }
}
