package ir.saorg.sehat.platform.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.util.Date;

/** Dates as Iranians read them: the Jalali calendar in Asia/Tehran, in Persian digits or in English. */
public final class JalaliDates {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

    private JalaliDates() {
    }

    public static String persian(Instant instant) {
        return format(instant, new ULocale("fa_IR@calendar=persian"));
    }

    public static String english(Instant instant) {
        return format(instant, new ULocale("en@calendar=persian"));
    }

    private static String format(Instant instant, ULocale locale) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
        format.setTimeZone(TEHRAN);
        return format.format(Date.from(instant));
    }
}
