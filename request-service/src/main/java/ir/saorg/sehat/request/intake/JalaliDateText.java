package ir.saorg.sehat.request.intake;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jalali date as people type it (already in Latin digits): year/month/day with {@code /}, {@code -} or {@code .},
 * one- or two-digit month and day. Normalised to {@code yyyy/MM/dd}; a day the month does not have (۳۱ مهر, ۳۰
 * اسفند of a common year) is refused.
 */
public final class JalaliDateText {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})");
    private static final int FIRST_YEAR = 1300;
    private static final int LAST_YEAR = 1500;

    private JalaliDateText() {
    }

    public static Optional<String> normalised(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return Optional.empty();
        }
        return Optional.of("%04d/%02d/%02d".formatted(year, month, day));
    }

    static int daysIn(int year, int month) {
        var calendar = new PersianCalendar(TimeZone.getTimeZone("Asia/Tehran"));
        calendar.clear();
        calendar.set(year, month - 1, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
    }
}
