package ir.saorg.sehat.request.intake;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import ir.saorg.sehat.platform.text.PersianText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jalali date as people type it, in Persian, Arabic-Indic or Latin digits: year/month/day with {@code /},
 * {@code -} or {@code .}, one- or two-digit month and day, years 1300 to 1500. Normalised to {@code yyyy/MM/dd}; a
 * day the month does not have (۳۱ مهر, ۳۰ اسفند of a common year) is refused. Which years are leap is ICU4J's
 * {@link PersianCalendar}'s answer.
 */
public final class JalaliDateText {

    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4})\\s*([/\\-.])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})");
    static final int FIRST_YEAR = 1300;
    static final int LAST_YEAR = 1500;
    /** Whether each year from FIRST_YEAR on has a 30 Esfand, asked of ICU4J once. */
    private static final boolean[] LEAP = leapYears();

    private JalaliDateText() {
    }

    public static Optional<String> normalised(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(PersianText.normalise(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return Optional.empty();
        }
        return Optional.of("%04d/%02d/%02d".formatted(year, month, day));
    }

    /** The days of a month of a year between FIRST_YEAR and LAST_YEAR: 31 in the first six, 30 in the next five. */
    static int daysIn(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return LEAP[year - FIRST_YEAR] ? 30 : 29;
    }

    private static boolean[] leapYears() {
        var leap = new boolean[LAST_YEAR - FIRST_YEAR + 1];
        var calendar = new PersianCalendar(TimeZone.getTimeZone("Asia/Tehran"));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            calendar.clear();
            calendar.set(year, 11, 1);
            leap[year - FIRST_YEAR] = calendar.getActualMaximum(Calendar.DAY_OF_MONTH) == 30;
        }
        return leap;
    }
}
