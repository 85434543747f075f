package ir.saorg.sehat.code.audit;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JalaliDayTest {

    @Example
    void readsADayAsPeopleWriteItInEitherDigits() {
        assertThat(JalaliDay.parse("1405-09-04")).isEqualTo(new JalaliDay(1405, 9, 4));
        assertThat(JalaliDay.parse("۱۴۰۵/۹/۴")).isEqualTo(new JalaliDay(1405, 9, 4));
        assertThat(new JalaliDay(1405, 9, 4).gregorian()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(new JalaliDay(1405, 1, 1).gregorian()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(new JalaliDay(1405, 9, 4)).hasToString("1405-09-04");
    }

    @Example
    void startsAtMidnightInTehran() {
        assertThat(new JalaliDay(1405, 9, 4).start()).isEqualTo(Instant.parse("2026-11-24T20:30:00Z"));
        assertThat(JalaliDay.at(Instant.parse("2026-11-24T20:30:00Z"))).isEqualTo(new JalaliDay(1405, 9, 4));
        assertThat(JalaliDay.at(Instant.parse("2026-11-24T20:29:59Z"))).isEqualTo(new JalaliDay(1405, 9, 3));
    }

    @Example
    void refusesWhatIsNoDay() {
        for (String text : new String[] {"1405-07-31", "1405-13-01", "1405-00-10", "05-09-04", "1405-09-04T00", "", "x"}) {
            assertThatThrownBy(() -> JalaliDay.parse(text)).as(text)
                    .isInstanceOf(JalaliDay.MalformedJalaliDayException.class);
        }
        assertThatThrownBy(() -> JalaliDay.parse(null)).isInstanceOf(JalaliDay.MalformedJalaliDayException.class);
    }

    @Property(tries = 2_000)
    void everyGregorianDayIsOneJalaliDayAndBack(@ForAll @LongRange(min = -10_000, max = 30_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        JalaliDay day = JalaliDay.of(date);

        assertThat(day.gregorian()).isEqualTo(date);
        assertThat(JalaliDay.parse(day.toString())).isEqualTo(day);
        assertThat(day.plusDays(1).compareTo(day)).isPositive();
    }
}
