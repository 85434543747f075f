package ir.saorg.sehat.payment.tariff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    private static final Instant IN_1405 = Instant.parse("2026-11-24T12:00:00Z");

    /** Nowruz 1405 is 21 March 2026; Tehran is UTC+03:30, so the year turns at 20:30 UTC on 20 March. */
    @ParameterizedTest
    @CsvSource({
            "2026-03-20T20:29:59Z, 1404",
            "2026-03-20T20:30:00Z, 1405",
            "2026-11-24T12:00:00Z, 1405",
            "2025-03-20T20:30:00Z, 1404",
            "2025-03-20T20:29:59Z, 1403"})
    void isTheJalaliYearInTehran(Instant instant, int year) {
        assertThat(FiscalYear.of(instant)).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1405", "۱۴۰۵", "١٤٠٥", " 1405 "})
    void readsFourDigitsOfAnyScript(String text) {
        assertThat(FiscalYear.parse(text)).isEqualTo(1405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "140", "14055", "14O5", "1405.5", "-1405", "۱۴۰"})
    void refusesWhatIsNotFourDigits(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text)).isInstanceOf(MalformedFiscalYearException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1390", "1404", "1405", "۱۴۰۶"})
    void acceptsUploadsFrom1390ToNextYear(String text) {
        assertThat(FiscalYear.parseUploadable(text, IN_1405)).isBetween(1390, 1406);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1389", "1407", "2026", "0000", "abcd"})
    void refusesUploadsForOtherYearsAndSaysWhichAreOpen(String text) {
        assertThatThrownBy(() -> FiscalYear.parseUploadable(text, IN_1405))
                .isInstanceOfSatisfying(MalformedFiscalYearException.class, e -> {
                    assertThat(e.input()).isEqualTo(text);
                    assertThat(e.earliest()).isEqualTo(1390);
                    assertThat(e.latest()).isEqualTo(1406);
                });
    }

    @Test
    void opensTheNextYearAtNowruz() {
        Instant lastSecondOf1404 = Instant.parse("2026-03-20T20:29:59Z");

        assertThatThrownBy(() -> FiscalYear.parseUploadable("1406", lastSecondOf1404))
                .isInstanceOf(MalformedFiscalYearException.class);
        assertThat(FiscalYear.parseUploadable("1406", lastSecondOf1404.plusSeconds(1))).isEqualTo(1406);
    }
}
