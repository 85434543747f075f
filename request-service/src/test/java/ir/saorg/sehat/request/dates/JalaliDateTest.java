package ir.saorg.sehat.request.dates;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JalaliDateTest {

    @Test
    void readsPersianArabicAndLatinDigitsWithAnySeparator() {
        assertThat(JalaliDate.parse("۱۴۰۳/۰۷/۰۱")).contains(new JalaliDate(1403, 7, 1));
        assertThat(JalaliDate.parse("١٤٠٣-٧-١")).contains(new JalaliDate(1403, 7, 1));
        assertThat(JalaliDate.parse(" 1403.7.1 ")).contains(new JalaliDate(1403, 7, 1));
    }

    @Test
    void refusesDaysTheCalendarDoesNotHave() {
        assertThat(JalaliDate.parse("1403/07/31")).as("Mehr has 30 days").isEmpty();
        assertThat(JalaliDate.parse("1402/12/30")).as("1402 is a common year").isEmpty();
        assertThat(JalaliDate.parse("1403/12/30")).as("1403 is a leap year").isPresent();
        assertThat(JalaliDate.parse("1403/13/01")).isEmpty();
        assertThat(JalaliDate.parse("yesterday")).isEmpty();
        assertThat(JalaliDate.parse("2024-09-22")).isEmpty();
        assertThat(JalaliDate.parse(null)).isEmpty();
    }

    @Test
    void aDayStartsAtMidnightInTehran() {
        assertThat(new JalaliDate(1403, 7, 1).start()).isEqualTo(Instant.parse("2024-09-21T20:30:00Z"));
        assertThat(new JalaliDate(1404, 1, 1).start()).isEqualTo(Instant.parse("2025-03-20T20:30:00Z"));
    }

    @Test
    void aRangeIncludesBothDaysWholly() {
        var range = new JalaliDateRange(new JalaliDate(1403, 7, 1), new JalaliDate(1403, 7, 30));

        assertThat(range.start()).isEqualTo(Instant.parse("2024-09-21T20:30:00Z"));
        assertThat(range.end()).as("midnight starting 1403/08/01").isEqualTo(Instant.parse("2024-10-21T20:30:00Z"));
        assertThat(new JalaliDateRange(null, null).start()).isNull();
        assertThatThrownBy(() -> new JalaliDateRange(new JalaliDate(1403, 7, 2), new JalaliDate(1403, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeSpansAtMostOneJalaliYear() {
        JalaliDate first = new JalaliDate(1403, 7, 1);
        assertThat(new JalaliDateRange(first, new JalaliDate(1404, 6, 31)).longerThanAYear()).isFalse();
        assertThat(new JalaliDateRange(first, new JalaliDate(1404, 7, 1)).longerThanAYear()).isTrue();
        JalaliDate leapDay = new JalaliDate(1403, 12, 30);
        assertThat(leapDay.plusYears(1)).isEqualTo(new JalaliDate(1404, 12, 29));
        assertThat(new JalaliDateRange(leapDay, new JalaliDate(1404, 12, 28)).longerThanAYear()).isFalse();
        assertThat(new JalaliDateRange(leapDay, new JalaliDate(1404, 12, 29)).longerThanAYear()).isTrue();
    }

    @Property
    void everyDayStartsOnItselfAndLastsADayGiveOrTakeAnHourOfSummerTime(
            @ForAll @IntRange(min = 1300, max = 1499) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 29) int day) {
        JalaliDate date = new JalaliDate(year, month, day);

        assertThat(JalaliDate.of(date.start())).isEqualTo(date);
        assertThat(JalaliDate.of(date.start().minusMillis(1))).isEqualTo(date.plusDays(-1));
        assertThat(Duration.between(date.start(), date.plusDays(1).start()))
                .isBetween(Duration.ofHours(23), Duration.ofHours(25));
        assertThat(JalaliDate.parse(date.toString())).contains(date);
    }
}
