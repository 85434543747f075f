package ir.saorg.sehat.code.audit;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import ir.saorg.sehat.platform.text.PersianText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the Jalali calendar, as Iranians date things; it starts at midnight in Tehran. Read from
 * {@code 1405-09-04} or {@code ۱۴۰۵/۰۹/۰۴}.
 */
public record JalaliDay(int year, int month, int day) implements Comparable<JalaliDay> {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Pattern TEXT = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    public JalaliDay {
        if (year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            throw new MalformedJalaliDayException();
        }
    }

    /** @throws MalformedJalaliDayException unless the text is a day that exists, year-month-day */
    public static JalaliDay parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : PersianText.normalise(text).strip());
        if (!m.matches()) {
            throw new MalformedJalaliDayException();
        }
        return new JalaliDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The Jalali day of a Gregorian date. */
    public static JalaliDay of(LocalDate date) {
        var calendar = utc();
        calendar.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return new JalaliDay(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** The day in Tehran at this instant. */
    public static JalaliDay at(Instant instant) {
        return of(LocalDate.ofInstant(instant, TEHRAN));
    }

    public LocalDate gregorian() {
        var calendar = utc();
        calendar.set(year, month - 1, day);
        return LocalDate.ofInstant(Instant.ofEpochMilli(calendar.getTimeInMillis()), ZoneOffset.UTC);
    }

    /** Midnight in Tehran. */
    public Instant start() {
        return gregorian().atStartOfDay(TEHRAN).toInstant();
    }

    public JalaliDay plusDays(long days) {
        return of(gregorian().plusDays(days));
    }

    @Override
    public int compareTo(JalaliDay other) {
        return gregorian().compareTo(other.gregorian());
    }

    @Override
    public String toString() {
        return "%04d-%02d-%02d".formatted(year, month, day);
    }

    private static int daysIn(int year, int month) {
        var calendar = utc();
        calendar.set(year, month - 1, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    private static PersianCalendar utc() {
        var calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        return calendar;
    }

    /** Not a Jalali day: not year-month-day, or a day the month does not have. */
    public static class MalformedJalaliDayException extends RuntimeException {

        public MalformedJalaliDayException() {
            super("not a Jalali day", null, false, false);
        }
    }
}
