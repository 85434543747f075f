package ir.saorg.sehat.platform.text;

/**
 * The Iranian national ID (کد ملی): ten digits, the last a check digit. With weights 10..2 on the first nine digits
 * and r the weighted sum mod 11, the check digit is r when r &lt; 2, else 11 - r.
 */
public final class NationalId {

    private NationalId() {
    }

    /** Whether these ten digits are a national ID with a valid checksum (digits already normalised). */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{10}") || digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        int check = digits.charAt(9) - '0';
        return remainder < 2 ? check == remainder : check == 11 - remainder;
    }

    /** The national ID made of these nine digits and their check digit. */
    public static String withCheckDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return nineDigits + (remainder < 2 ? remainder : 11 - remainder);
    }
}
