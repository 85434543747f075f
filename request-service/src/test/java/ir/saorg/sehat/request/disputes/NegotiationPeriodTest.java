package ir.saorg.sehat.request.disputes;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agreement's month of negotiation, counted on the Jalali calendar in Tehran. */
class NegotiationPeriodTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** 2023-03-21 (1 Farvardin 1402, Iran's clocks no longer change) to 2100. */
    static final long FROM = 1_679_356_800L;
    static final long TO = 4_102_444_800L;

    final NegotiationPeriod month = NegotiationPeriod.oneMonth();

    @Example
    void aMonthOpenedOnTenMehrEndsOnTenAbanAtTheSameTehranTime() {
        assertThat(month.closesAt(Instant.parse("2026-10-02T10:30:00Z"))).as("10 Mehr 1405 14:00 → 10 Aban")
                .isEqualTo(Instant.parse("2026-11-01T10:30:00Z"));
        assertThat(month.closesAt(Instant.parse("2026-03-30T10:30:00Z"))).as("10 Farvardin → 10 Ordibehesht: 31 days")
                .isEqualTo(Instant.parse("2026-04-30T10:30:00Z"));
    }

    @Example
    void aDayTheNextMonthLacksRunsToTheEndOfItsLastDay() {
        assertThat(month.closesAt(Instant.parse("2026-09-22T10:30:00Z"))).as("31 Shahrivar 1405 → end of 30 Mehr")
                .isEqualTo(Instant.parse("2026-10-22T20:30:00Z"));
        assertThat(month.closesAt(Instant.parse("2026-02-19T10:30:00Z")))
                .as("30 Bahman 1404 → end of 29 Esfand, no leap day").isEqualTo(Instant.parse("2026-03-20T20:30:00Z"));
        assertThat(month.closesAt(Instant.parse("2026-09-21T20:29:59Z"))).as("30 Shahrivar 23:59:59 closes earlier")
                .isBefore(month.closesAt(Instant.parse("2026-09-21T20:30:00Z")));
    }

    @Example
    void thirtyDaysAreThirtyDaysAndNothingShorterThanADayIsAPeriod() {
        Instant opened = Instant.parse("2026-09-22T10:30:00.123456Z");
        assertThat(new NegotiationPeriod(Period.ofDays(30)).closesAt(opened)).isEqualTo(opened.plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> new NegotiationPeriod(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NegotiationPeriod(Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aMonthIsTwentyNineToThirtyOneDaysAtTheSameTehranTime(@ForAll @LongRange(min = FROM, max = TO) long second) {
        Instant opened = Instant.ofEpochSecond(second);
        Instant closes = month.closesAt(opened);

        assertThat(Duration.between(opened, closes).toDays()).isBetween(29L, 31L);
        assertThat(LocalTime.ofInstant(closes, TEHRAN)).as("the same time, or midnight after a missing day")
                .isIn(LocalTime.ofInstant(opened, TEHRAN), LocalTime.MIDNIGHT);
    }

    @Property
    void itEndsOnTheSameJalaliDayOfTheNextMonthOrAtTheEndOfItsLastDay(@ForAll @LongRange(min = FROM, max = TO) long second) {
        Instant opened = Instant.ofEpochSecond(second);
        PersianCalendar from = jalali(opened);
        PersianCalendar to = jalali(month.closesAt(opened));

        int months = (to.get(Calendar.EXTENDED_YEAR) - from.get(Calendar.EXTENDED_YEAR)) * 12
                + to.get(Calendar.MONTH) - from.get(Calendar.MONTH);
        PersianCalendar next = jalali(opened);
        next.set(Calendar.DAY_OF_MONTH, 1);
        next.add(Calendar.MONTH, 1);
        if (from.get(Calendar.DAY_OF_MONTH) <= next.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            assertThat(months).isEqualTo(1);
            assertThat(to.get(Calendar.DAY_OF_MONTH)).isEqualTo(from.get(Calendar.DAY_OF_MONTH));
        } else {
            assertThat(months).as("the day after the next month's last").isEqualTo(2);
            assertThat(to.get(Calendar.DAY_OF_MONTH)).isEqualTo(1);
        }
    }

    @Property
    void aLaterOpeningNeverClosesEarlier(@ForAll @LongRange(min = FROM, max = TO) long second,
                                         @ForAll @LongRange(min = 0, max = 86_400L * 62) long later) {
        Instant opened = Instant.ofEpochSecond(second);
        assertThat(month.closesAt(opened.plusSeconds(later))).isAfterOrEqualTo(month.closesAt(opened));
    }

    private static PersianCalendar jalali(Instant instant) {
        var calendar = new PersianCalendar(TimeZone.getTimeZone("Asia/Tehran"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
