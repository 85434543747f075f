package ir.saorg.sehat.request.dates.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.dates.JalaliDate;
import ir.saorg.sehat.request.dates.JalaliDateRange;
import org.springframework.http.HttpStatus;

/**
 * Reads the {@code from} and {@code to} query parameters as Jalali dates (Persian or Latin digits, both days
 * included); a missing, malformed or reversed one is answered as problem details naming the parameter.
 */
public final class DateRangeParameters {

    private DateRangeParameters() {
    }

    /** Both ends given, spanning at most one Jalali year. */
    public static JalaliDateRange required(String from, String to) {
        JalaliDateRange range = range(requiredDate("from", from), requiredDate("to", to));
        if (range.longerThanAYear()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "date-range-too-long", range.first(), range.last());
        }
        return range;
    }

    /** Either end may be left out. */
    public static JalaliDateRange optional(String from, String to) {
        return range(blank(from) ? null : date("from", from), blank(to) ? null : date("to", to));
    }

    private static JalaliDateRange range(JalaliDate first, JalaliDate last) {
        if (first != null && last != null && last.isBefore(first)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "date-range-reversed", first, last);
        }
        return new JalaliDateRange(first, last);
    }

    private static JalaliDate requiredDate(String name, String text) {
        if (blank(text)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "date-required", name).with("parameter", name);
        }
        return date(name, text);
    }

    private static JalaliDate date(String name, String text) {
        return JalaliDate.parse(text).orElseThrow(() ->
                new Problem(HttpStatus.BAD_REQUEST, "invalid-jalali-date", name, text).with("parameter", name));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
