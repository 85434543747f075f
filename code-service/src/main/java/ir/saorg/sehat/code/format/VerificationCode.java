package ir.saorg.sehat.code.format;

import ir.saorg.sehat.platform.text.CodeGroups;

import java.util.random.RandomGenerator;

/**
 * A verification code (کد صحت): 20 decimal digits, shown as five groups of four. The first 19 digits are drawn
 * uniformly from a cryptographically secure generator (10^19 values, 63.1 bits); the 20th is a Damm check digit, so
 * any single mistyped digit and any swap of two neighbours is refused before the code is looked up.
 *
 * @param digits the 20 digits
 */
public record VerificationCode(String digits) {

    public static final int LENGTH = 20;
    private static final long TEN_TO_THE_18 = 1_000_000_000_000_000_000L;

    public VerificationCode {
        if (digits == null || digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || !Damm.isValid(digits)) {
            throw new IllegalArgumentException("not a verification code");
        }
    }

    /** A new random code. {@code random} must be cryptographically secure in production. */
    public static VerificationCode generate(RandomGenerator random) {
        String body = random.nextInt(10) + String.format("%018d", random.nextLong(TEN_TO_THE_18));
        return new VerificationCode(body + Damm.checkDigit(body));
    }

    /**
     * Reads a code as a person typed or a scanner read it: Persian, Arabic-Indic or Latin digits, with any spaces
     * and dashes.
     *
     * @throws MalformedCodeException saying what is wrong, without looking anything up
     */
    public static VerificationCode parse(String input) {
        if (input == null) {
            throw new MalformedCodeException(MalformedCodeException.Reason.LENGTH);
        }
        var digits = new StringBuilder(LENGTH);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' || c == '-' || c == '\u00A0' || c == '\u200C') {
                continue;
            }
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit < 0 || !isDecimalScript(c)) {
                throw new MalformedCodeException(MalformedCodeException.Reason.CHARACTERS);
            }
            if (digits.length() == LENGTH) {
                throw new MalformedCodeException(MalformedCodeException.Reason.LENGTH);
            }
            digits.append((char) ('0' + digit));
        }
        if (digits.length() != LENGTH) {
            throw new MalformedCodeException(MalformedCodeException.Reason.LENGTH);
        }
        if (!Damm.isValid(digits)) {
            throw new MalformedCodeException(MalformedCodeException.Reason.CHECK_DIGIT);
        }
        return new VerificationCode(digits.toString());
    }

    private static boolean isDecimalScript(char c) {
        return (c >= '0' && c <= '9') || (c >= '۰' && c <= '۹') || (c >= '٠' && c <= '٩');
    }

    /** The code as people read it: {@code 1234-5678-9012-3456-7890}. */
    public String display() {
        return CodeGroups.of(digits);
    }

    @Override
    public String toString() {
        return display();
    }
}
