package ir.saorg.sehat.request.disputes;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.Instant;
import java.time.Period;

/**
 * How long a dispute may be negotiated before the organization's decision is final: the agreement's "one month"
 * ({@code P1M}) by default. Months are Jalali calendar months in Asia/Tehran, as the parties count them: a dispute
 * opened on 10 Mehr at 14:00 closes on 10 Aban at 14:00, Tehran time. When the next month lacks the day, the dispute
 * runs to the end of that month's last day (31 Shahrivar 14:00 → the end of 30 Mehr), so a later opening never closes
 * earlier. Days ({@code P30D}) are calendar days in Tehran.
 */
public final class NegotiationPeriod {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

    private final Period period;

    public NegotiationPeriod(Period period) {
        Period normalized = period.normalized();
        if (normalized.isNegative() || normalized.isZero()) {
            throw new IllegalArgumentException("a negotiation period must be positive: " + period);
        }
        this.period = normalized;
    }

    public static NegotiationPeriod oneMonth() {
        return new NegotiationPeriod(Period.ofMonths(1));
    }

    /** When a dispute opened at this instant closes by itself. */
    public Instant closesAt(Instant openedAt) {
        var calendar = new PersianCalendar(TEHRAN);
        calendar.setTimeInMillis(openedAt.toEpochMilli());
        int day = calendar.get(Calendar.DAY_OF_MONTH);
        int months = Math.toIntExact(period.toTotalMonths());
        calendar.add(Calendar.MONTH, months);
        long nanos = openedAt.getNano() % 1_000_000;
        if (months != 0 && calendar.get(Calendar.DAY_OF_MONTH) < day) {
            calendar.set(Calendar.HOUR_OF_DAY, 0);
            calendar.set(Calendar.MINUTE, 0);
            calendar.set(Calendar.SECOND, 0);
            calendar.set(Calendar.MILLISECOND, 0);
            calendar.add(Calendar.DATE, 1);
            nanos = 0;
        }
        calendar.add(Calendar.DATE, period.getDays());
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).plusNanos(nanos);
    }

    @Override
    public String toString() {
        return period.toString();
    }
}
