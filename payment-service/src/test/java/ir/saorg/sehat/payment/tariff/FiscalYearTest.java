package ir.saorg.sehat.payment.tariff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTest {

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
}
