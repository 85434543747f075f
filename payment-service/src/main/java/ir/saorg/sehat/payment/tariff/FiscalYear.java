package ir.saorg.sehat.payment.tariff;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import ir.saorg.sehat.platform.text.PersianText;

import java.time.Instant;

/** Iran's fiscal year is the Jalali (Solar Hijri) year, which starts at Nowruz, reckoned in Asia/Tehran. */
public final class FiscalYear {

    /** The earliest year a table may be uploaded for. */
    public static final int EARLIEST_UPLOADABLE = 1390;

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

    private FiscalYear() {
    }

    public static int of(Instant instant) {
        var calendar = new PersianCalendar(TEHRAN);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar.get(Calendar.EXTENDED_YEAR);
    }

    /** A year as typed: exactly four digits, which may be Persian (۱۴۰۵) or Arabic-Indic (١٤٠٥). */
    public static int parse(String text) {
        String digits = text == null ? "" : PersianText.normalise(text);
        if (!digits.matches("[0-9]{4}")) {
            throw new MalformedFiscalYearException(text);
        }
        return Integer.parseInt(digits);
    }

    /** A year a table may be uploaded for: four digits, from 1390 to the year after the current one. */
    public static int parseUploadable(String text, Instant now) {
        int latest = of(now) + 1;
        int year;
        try {
            year = parse(text);
        } catch (MalformedFiscalYearException e) {
            throw new MalformedFiscalYearException(text, EARLIEST_UPLOADABLE, latest);
        }
        if (year < EARLIEST_UPLOADABLE || year > latest) {
            throw new MalformedFiscalYearException(text, EARLIEST_UPLOADABLE, latest);
        }
        return year;
    }
}
