package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.text.PersianText;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A student as searched for: a national ID or a student number, typed in Persian, Arabic-Indic or Latin digits, with
 * any spaces or dashes. Both are digits, and some student numbers are ten digits long, so the key is matched
 * against both fields.
 */
public final class StudentKey {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");

    private StudentKey() {
    }

    /** The key in Latin digits; empty when it is not 1 to 20 digits. */
    public static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = PersianText.normalise(typed).replaceAll("[\\s\\-]", "");
        return DIGITS.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
