package ir.saorg.sehat.request.types;

import ir.saorg.sehat.platform.text.PersianText;

/**
 * What people type, as Sehat stores it: Persian and Arabic-Indic digits become Latin, Arabic ي/ى/ك become Persian
 * ی/ک, every kind of space (tabs, line breaks, no-break and thin spaces) becomes one plain space, and the invisible
 * marks that copying from other programs brings along (direction marks, byte-order mark, kashida) are dropped. A
 * zero-width non-joiner is kept inside a word but dropped at its edges, where it means nothing.
 */
public final class FieldText {

    private static final char ZWNJ = '\u200C';
    private static final char TATWEEL = '\u0640';

    private FieldText() {
    }

    public static String normalised(String raw) {
        return PersianText.normalise(cleaned(raw));
    }

    /**
     * Text for people to read (names, labels, help): cleaned as {@link #normalised} cleans it, with Arabic ي/ى/ك as
     * Persian ی/ک, but its digits kept as written, so that Persian help shows Persian digits.
     */
    public static String display(String raw) {
        var out = new StringBuilder();
        cleaned(raw).codePoints().forEach(c -> out.appendCodePoint(c == 'ي' || c == 'ى' ? 'ی' : c == 'ك' ? 'ک' : c));
        return out.toString();
    }

    private static String cleaned(String raw) {
        if (raw == null) {
            return "";
        }
        var out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (space(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (c == ZWNJ && (out.isEmpty() || pendingSpace || out.charAt(out.length() - 1) == ZWNJ)) {
                continue;
            }
            if (pendingSpace) {
                dropTrailingNonJoiner(out);
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        dropTrailingNonJoiner(out);
        return out.toString();
    }

    private static void dropTrailingNonJoiner(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ZWNJ) {
            out.setLength(out.length() - 1);
        }
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Marks that change how text is shown, never what it says. */
    private static boolean invisible(char c) {
        return c == TATWEEL || c == '\uFEFF' || c == '\u200B' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
