package ir.saorg.sehat.request.bulk;

/**
 * A value made safe to put in a cell of an exported CSV or XLSX file (OWASP's advice against CSV injection): text
 * that starts with {@code = + - @}, a tab or a carriage return is prefixed with {@code '}, so a spreadsheet shows it
 * instead of running it as a formula, such as {@code =HYPERLINK(...)} in a name someone uploaded.
 */
public final class SafeCell {

    private SafeCell() {
    }

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
