package ir.saorg.sehat.platform.text;

/** How people read a 20-digit verification code: five groups of four, {@code 1234-5678-9012-3456-7890}. */
public final class CodeGroups {

    private CodeGroups() {
    }

    public static String of(String digits) {
        var grouped = new StringBuilder(digits.length() + digits.length() / 4);
        for (int i = 0; i < digits.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(digits, i, Math.min(i + 4, digits.length()));
        }
        return grouped.toString();
    }
}
