package ir.saorg.sehat.portal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.saorg.sehat.platform.text.Rials;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Instant;
import java.util.Date;

/**
 * Dates, money and numbers as the reader of a page reads them: Jalali dates in Asia/Tehran, Persian digits in Persian,
 * Latin digits in English. Templates reach it as {@code ${@fmt}}.
 */
public class PortalFormat {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");
    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final ULocale ENGLISH = new ULocale("en@calendar=persian");

    /** e.g. {@code ۱۲ آذر ۱۴۰۵} or {@code Azar 12, 1405}; empty for no date. */
    public String date(Instant instant) {
        return format(instant, DateFormat.getDateInstance(DateFormat.LONG, locale()));
    }

    /** The date and the time of day in Tehran, e.g. {@code ۱۲ آذر ۱۴۰۵، ساعت ۹:۰۵}. */
    public String dateTime(Instant instant) {
        return format(instant, DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, locale()));
    }

    public String rials(long amount) {
        return english() ? Rials.english(amount) : Rials.persian(amount);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(english() ? ULocale.ENGLISH : new ULocale("fa_IR")).format(value);
    }

    /** A number without grouping, as years are written: {@code ۱۴۰۵} or {@code 1405}. */
    public String digits(long value) {
        NumberFormat format = NumberFormat.getIntegerInstance(english() ? ULocale.ENGLISH : new ULocale("fa_IR"));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** Whether the page is in English; otherwise Persian. */
    public boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private ULocale locale() {
        return english() ? ENGLISH : PERSIAN;
    }

    private static String format(Instant instant, DateFormat format) {
        if (instant == null) {
            return "";
        }
        format.setTimeZone(TEHRAN);
        return format.format(Date.from(instant));
    }
}
