package ir.saorg.sehat.request.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import ir.saorg.sehat.platform.text.PersianText;
import ir.saorg.sehat.request.intake.JalaliDateText;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

/** A day of the Jalali (Solar Hijri) calendar, which starts and ends at midnight in Tehran. */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");
    private static final Comparator<JalaliDate> ORDER = Comparator.comparingInt(JalaliDate::year)
            .thenComparingInt(JalaliDate::month).thenComparingInt(JalaliDate::day);

    /**
     * The date as typed: year/month/day with {@code /}, {@code -} or {@code .}, in Persian, Arabic-Indic or Latin
     * digits; empty when it is not a date the calendar has.
     */
    public static Optional<JalaliDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        return JalaliDateText.normalised(PersianText.normalise(typed)).map(text -> new JalaliDate(
                Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                Integer.parseInt(text.substring(8, 10))));
    }

    /** The Tehran day an instant falls on. */
    public static JalaliDate of(Instant instant) {
        PersianCalendar calendar = new PersianCalendar(TEHRAN);
        calendar.setTime(Date.from(instant));
        return new JalaliDate(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** Midnight at the start of this day in Tehran. */
    public Instant start() {
        return Instant.ofEpochMilli(calendar().getTimeInMillis());
    }

    public JalaliDate plusDays(int days) {
        return moved(Calendar.DAY_OF_MONTH, days);
    }

    /** The same day of the month a number of years on; the last of Esfand when that year's Esfand is shorter. */
    public JalaliDate plusYears(int years) {
        return moved(Calendar.YEAR, years);
    }

    public boolean isBefore(JalaliDate other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(JalaliDate other) {
        return ORDER.compare(this, other);
    }

    /** {@code yyyy/MM/dd} in Latin digits. */
    @Override
    public String toString() {
        return "%04d/%02d/%02d".formatted(year, month, day);
    }

    private JalaliDate moved(int field, int amount) {
        PersianCalendar calendar = calendar();
        calendar.add(field, amount);
        return new JalaliDate(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    private PersianCalendar calendar() {
        PersianCalendar calendar = new PersianCalendar(TEHRAN);
        calendar.clear();
        calendar.set(year, month - 1, day, 0, 0, 0);
        return calendar;
    }
}
