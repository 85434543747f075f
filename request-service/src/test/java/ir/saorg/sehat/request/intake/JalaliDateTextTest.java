package ir.saorg.sehat.request.intake;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Jalali dates as people type them, against ICU4J's Persian calendar. */
class JalaliDateTextTest {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");
    /** 1300/01/01 and 1500/12/29 in Tehran, as epoch milliseconds (a little inside, to stay in range). */
    private static final long FIRST = -1_538_000_000_000L;
    private static final long LAST = 4_779_000_000_000L;

    private static PersianCalendar at(long epochMillis) {
        var calendar = new PersianCalendar(TEHRAN);
        calendar.setTime(new Date(epochMillis));
        return calendar;
    }

    private static String persianDigits(String latin) {
        var out = new StringBuilder();
        latin.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('۰' + (c - '0')) : (char) c));
        return out.toString();
    }

    @Example
    void theRangeCoversTheYearsAccepted() {
        assertThat(at(FIRST).get(Calendar.YEAR)).isEqualTo(JalaliDateText.FIRST_YEAR);
        assertThat(at(LAST).get(Calendar.YEAR)).isEqualTo(JalaliDateText.LAST_YEAR);
    }

    @Property
    void everyDateIcuGivesForAnInstantIsAcceptedAndComesBackTheSame(@ForAll @LongRange(min = FIRST, max = LAST)
                                                                     long epochMillis) {
        var calendar = at(epochMillis);
        int year = calendar.get(Calendar.YEAR);
        int month = calendar.get(Calendar.MONTH) + 1;
        int day = calendar.get(Calendar.DAY_OF_MONTH);
        String expected = "%04d/%02d/%02d".formatted(year, month, day);

        assertThat(JalaliDateText.normalised(year + "/" + month + "/" + day)).contains(expected);
        assertThat(JalaliDateText.normalised(persianDigits(expected))).contains(expected);
        assertThat(JalaliDateText.normalised(year + "-" + month + "-" + day)).contains(expected);
        assertThat(JalaliDateText.normalised(expected).flatMap(JalaliDateText::normalised)).contains(expected);
    }

    /**
     * A date is accepted exactly when ICU4J, told not to be lenient, has that day in that month. Asked in UTC: in
     * Tehran some days had no midnight (clocks went forward at 00:00), which a strict calendar refuses as a time.
     */
    @Property
    void acceptsExactlyTheDaysIcuHas(@ForAll @IntRange(min = 1300, max = 1500) int year,
                                     @ForAll @IntRange(min = 1, max = 12) int month,
                                     @ForAll @IntRange(min = 1, max = 32) int day) {
        var calendar = new PersianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setLenient(false);
        calendar.clear();
        calendar.set(year, month - 1, day);
        boolean icuHasIt;
        try {
            calendar.getTimeInMillis();
            icuHasIt = true;
        } catch (IllegalArgumentException e) {
            icuHasIt = false;
        }

        assertThat(JalaliDateText.normalised(year + "/" + month + "/" + day).isPresent()).isEqualTo(icuHasIt);
    }

    @Property
    void thirtyEsfandIsAcceptedExactlyInTheYearsIcuMakesLeap(@ForAll @IntRange(min = 1300, max = 1500) int year) {
        var calendar = new PersianCalendar(TEHRAN);
        calendar.clear();
        calendar.set(year, 0, 1);
        boolean leap = calendar.getActualMaximum(Calendar.DAY_OF_YEAR) == 366;

        assertThat(JalaliDateText.normalised(year + "/12/30").isPresent()).isEqualTo(leap);
        assertThat(JalaliDateText.normalised(year + "/12/29")).isPresent();
    }

    @Example
    void acceptsTheFirstOfFarvardinInYearsWhoseMidnightTehranSkipped() {
        assertThat(JalaliDateText.normalised("1371/01/02")).contains("1371/01/02");
        assertThat(JalaliDateText.normalised("1371/01/01")).contains("1371/01/01");
    }

    @Example
    void fourteenHundredThreeIsLeapAndFourteenHundredTwoIsNot() {
        assertThat(JalaliDateText.normalised("1403/12/30")).contains("1403/12/30");
        assertThat(JalaliDateText.normalised("۱۴۰۳/۱۲/۳۰")).contains("1403/12/30");
        assertThat(JalaliDateText.normalised("1402/12/30")).isEmpty();
        assertThat(JalaliDateText.normalised("1399/12/30")).contains("1399/12/30");
    }

    @Example
    void theFirstSixMonthsHaveThirtyOneDaysAndTheNextFiveThirty() {
        assertThat(JalaliDateText.normalised("1403/06/31")).contains("1403/06/31");
        assertThat(JalaliDateText.normalised("1403/07/31")).isEmpty();
        assertThat(JalaliDateText.normalised("1403/11/30")).contains("1403/11/30");
    }

    @Example
    void acceptsTheUsualWaysOfWritingOne() {
        assertThat(JalaliDateText.normalised("1403/7/5")).contains("1403/07/05");
        assertThat(JalaliDateText.normalised("1403-07-05")).contains("1403/07/05");
        assertThat(JalaliDateText.normalised("1403.07.05")).contains("1403/07/05");
        assertThat(JalaliDateText.normalised(" ۱۴۰۳ / ۰۷ / ۰۵ ")).contains("1403/07/05");
        assertThat(JalaliDateText.normalised("١٤٠٣/٠٧/٠٥")).contains("1403/07/05");
    }

    @Example
    void refusesWhatIsNotADateOfTheRange() {
        for (String text : new String[] {"", "1403/07", "14030705", "1403/07-05", "03/07/05", "1299/12/29",
                "1501/01/01", "1403/00/10", "1403/13/01", "1403/01/00", "1403/01/32", "05/07/1403", "1403/7/5/1",
                "abcd/ef/gh", "1403/007/05"}) {
            assertThat(JalaliDateText.normalised(text)).as(text).isEmpty();
        }
        assertThat(JalaliDateText.normalised(null)).isEmpty();
    }
}
