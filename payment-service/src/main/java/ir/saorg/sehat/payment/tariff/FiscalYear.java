package ir.saorg.sehat.payment.tariff;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.Instant;

/** Iran's fiscal year is the Jalali (Solar Hijri) year, which starts at Nowruz, reckoned in Asia/Tehran. */
public final class FiscalYear {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

    private FiscalYear() {
    }

    public static int of(Instant instant) {
        var calendar = new PersianCalendar(TEHRAN);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar.get(Calendar.EXTENDED_YEAR);
    }
}
