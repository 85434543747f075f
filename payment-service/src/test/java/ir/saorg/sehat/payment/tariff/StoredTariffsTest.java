package ir.saorg.sehat.payment.tariff;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookup rule: the latest version of the submission's fiscal year already in effect when it was submitted. */
class StoredTariffsTest {

    private static final String TYPE = "FOREIGN_DEGREE_EVALUATION";
    private static final Instant CHANGED_AT = Instant.parse("2026-08-01T06:00:00Z");
    /** Late in 1405, after every version these tests store. */
    private static final Instant LATE_1405 = Instant.parse("2027-03-01T00:00:00Z");

    private final InMemoryTariffTables tables = new InMemoryTariffTables();
    private final Tariffs tariffs = new StoredTariffs(tables);

    @Test
    void aChangeUploadedMidYearAppliesToRequestsSubmittedAfterItAndNotBefore() {
        tables.insert(version(1405, 1, Instant.EPOCH, 1_000_000));
        tables.insert(version(1405, 2, CHANGED_AT, 2_000_000));

        assertThat(tariffs.in(TYPE, CHANGED_AT.minusMillis(1)))
                .contains(new Tariff(TYPE, 1405, 1_000_000, 1));
        assertThat(tariffs.in(TYPE, CHANGED_AT)).contains(new Tariff(TYPE, 1405, 2_000_000, 2));
        assertThat(tariffs.in(TYPE, Instant.parse("2027-03-01T00:00:00Z")))
                .contains(new Tariff(TYPE, 1405, 2_000_000, 2));
        assertThat(tariffs.in(TYPE, LATE_1405)).map(Tariff::amountRials).contains(2_000_000L);
    }

    @Test
    void aSeededTableCoversTheWholeYearFromNowruz() {
        tables.insert(version(1405, 1, Instant.EPOCH, 1_000_000));

        assertThat(tariffs.in(TYPE, Instant.parse("2026-03-20T20:30:00Z"))).map(Tariff::amountRials).contains(1_000_000L);
    }

    @Test
    void nothingIsDueBeforeAYearsFirstTableTookEffect() {
        tables.insert(version(1405, 1, CHANGED_AT, 1_000_000));

        assertThat(tariffs.in(TYPE, CHANGED_AT.minusSeconds(60))).isEmpty();
        assertThat(tariffs.in(TYPE, CHANGED_AT.plusSeconds(60))).map(Tariff::tableVersion).contains(1);
    }

    @Test
    void usesTheTableOfTheFiscalYearOfSubmission() {
        tables.insert(version(1404, 1, Instant.EPOCH, 400));
        tables.insert(version(1405, 1, Instant.EPOCH, 500));

        assertThat(tariffs.in(TYPE, Instant.parse("2026-03-20T20:29:59Z"))).map(Tariff::amountRials).contains(400L);
        assertThat(tariffs.in(TYPE, Instant.parse("2026-03-20T20:30:00Z"))).map(Tariff::amountRials).contains(500L);
    }

    @Test
    void isEmptyWithoutATableOrARowForTheType() {
        assertThat(tariffs.in(TYPE, CHANGED_AT)).isEmpty();
        assertThat(tariffs.in(TYPE, LATE_1405)).isEmpty();

        tables.insert(version(1405, 1, Instant.EPOCH, 1_000));

        assertThat(tariffs.in("ENROLMENT_CERTIFICATE", CHANGED_AT)).isEmpty();
        assertThat(tariffs.in("ENROLMENT_CERTIFICATE", LATE_1405)).isEmpty();
    }

    @Test
    void aZeroTariffIsFoundAsZero() {
        tables.insert(version(1405, 1, Instant.EPOCH, 0));

        assertThat(tariffs.in(TYPE, CHANGED_AT)).contains(new Tariff(TYPE, 1405, 0, 1));
        assertThat(tariffs.in(TYPE, LATE_1405)).map(Tariff::amountRials).contains(0L);
    }

    static TariffTable version(int year, int version, Instant effectiveFrom, long amount) {
        var rows = List.of(new TariffRow(TYPE, amount, null));
        return new TariffTable(year, version, rows, effectiveFrom, effectiveFrom, "test", "test.csv",
                TariffFileFormat.CSV, TariffTableChange.between(List.of(), rows));
    }
}
