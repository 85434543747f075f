package ir.saorg.sehat.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in the Jalali calendar in Tehran, money in rials, in the reader's language and digits. */
class PortalFormatTest {

    static final Instant NOWRUZ_EVE_IN_TEHRAN = Instant.parse("2026-03-20T20:29:00Z");
    final PortalFormat fmt = new PortalFormat();

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void readsPersianDatesInTehranInPersianDigits() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa-IR"));

        assertThat(fmt.english()).isFalse();
        assertThat(fmt.date(Instant.parse("2026-12-02T04:00:00Z"))).isEqualTo("۱۱ آذر ۱۴۰۵");
        assertThat(fmt.date(NOWRUZ_EVE_IN_TEHRAN)).as("23:59 in Tehran is still the last day of 1404")
                .isEqualTo("۲۹ اسفند ۱۴۰۴");
        assertThat(fmt.date(NOWRUZ_EVE_IN_TEHRAN.plusSeconds(60))).isEqualTo("۱ فروردین ۱۴۰۵");
        assertThat(fmt.rials(25_000_000)).isEqualTo("۲۵٬۰۰۰٬۰۰۰ ریال");
        assertThat(fmt.number(12)).isEqualTo("۱۲");
        assertThat(fmt.digits(1405)).as("a year is not grouped").isEqualTo("۱۴۰۵");
    }

    @Test
    void readsTheSameInEnglishWithLatinDigits() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(fmt.english()).isTrue();
        assertThat(fmt.date(Instant.parse("2026-12-02T04:00:00Z"))).contains("Azar", "11", "1405");
        assertThat(fmt.rials(25_000_000)).isEqualTo("25,000,000 rials");
        assertThat(fmt.digits(1405)).isEqualTo("1405");
        assertThat(fmt.dateTime(Instant.parse("2026-12-02T04:00:00Z"))).contains("7:30");
    }

    @Test
    void showsNothingForNoDate() {
        assertThat(fmt.date(null)).isEmpty();
        assertThat(fmt.dateTime(null)).isEmpty();
    }
}
