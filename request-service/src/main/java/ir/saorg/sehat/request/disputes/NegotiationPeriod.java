package ir.saorg.sehat.request.disputes;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.Instant;
import java.time.Period;

/**
 * How long a dispute may be negotiated before the organization's decision is final: the agreement's "one month"
 * ({@code P1M}) by default. Months are Jalali calendar months in Asia/Tehran, as the parties count them: a dispute
 * opened on 10 Mehr at 14:00 closes on 10 Aban at 14:00, Tehran time. A day the next month lacks is its last day
 * (31 Shahrivar → 30 Mehr). Days ({@code P30D}) are calendar days in Tehran.
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
        calendar.add(Calendar.MONTH, Math.toIntExact(period.toTotalMonths()));
        calendar.add(Calendar.DATE, period.getDays());
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).plusNanos(openedAt.getNano() % 1_000_000);
    }

    @Override
    public String toString() {
        return period.toString();
    }
}
