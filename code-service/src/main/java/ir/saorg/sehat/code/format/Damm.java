package ir.saorg.sehat.code.format;

/**
 * The Damm check digit: one digit that detects every single-digit error and every transposition of two neighbouring
 * digits. It walks a totally anti-symmetric quasigroup of order 10 (Damm, 2004).
 */
final class Damm {

    private static final int[][] TABLE = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    private Damm() {
    }

    /** The digit to append to these digits. */
    static char checkDigit(CharSequence digits) {
        return (char) ('0' + walk(digits));
    }

    /** Whether these digits end in their correct check digit. */
    static boolean isValid(CharSequence digitsWithCheck) {
        return walk(digitsWithCheck) == 0;
    }

    private static int walk(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }
}
