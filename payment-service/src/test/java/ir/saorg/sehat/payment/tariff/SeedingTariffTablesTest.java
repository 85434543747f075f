package ir.saorg.sehat.payment.tariff;

import ir.saorg.sehat.platform.testing.MutableClock;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static ir.saorg.sehat.payment.tariff.TariffFixtures.IN_1405;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.RULES;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedingTariffTablesTest {

    private static final Map<Integer, Map<String, Long>> CONFIGURED = Map.of(
            1405, Map.of("FOREIGN_DEGREE_EVALUATION", 2_500_000L, "EDUCATIONAL_CONFIRMATION", 0L),
            1404, Map.of("FOREIGN_DEGREE_EVALUATION", 2_000_000L));

    private final InMemoryTariffTables tables = new InMemoryTariffTables();
    private final MutableClock clock = new MutableClock(IN_1405);

    @Test
    void storesEachConfiguredYearAsVersion1CoveringTheWholeYear() {
        var seeded = new SeedingTariffTables(tables, RULES, clock).seed(CONFIGURED);

        assertThat(seeded).containsExactly(1404, 1405);
        TariffTable table = tables.historyOf(1405).current().orElseThrow();
        assertThat(table.version()).isEqualTo(1);
        assertThat(table.effectiveFrom()).isEqualTo(Instant.EPOCH);
        assertThat(table.uploadedAt()).isEqualTo(IN_1405);
        assertThat(table.uploadedBy()).isEqualTo("configuration");
        assertThat(table.source()).isEqualTo("configuration");
        assertThat(table.format()).isEqualTo(TariffFileFormat.CONFIGURATION);
        assertThat(table.rows()).containsExactlyInAnyOrder(
                new TariffRow("FOREIGN_DEGREE_EVALUATION", 2_500_000, null),
                new TariffRow("EDUCATIONAL_CONFIRMATION", 0, null));
        assertThat(table.change().added()).hasSize(2);
    }

    @Test
    void leavesAYearThatAlreadyHasAVersionAlone() {
        new UploadingTariffTable(tables, RULES, clock)
                .upload(1405, csv("requestType,amountRials\nENROLMENT_CERTIFICATE,1\n"), "maryam");

        var seeded = new SeedingTariffTables(tables, RULES, clock).seed(CONFIGURED);

        assertThat(seeded).containsExactly(1404);
        assertThat(tables.historyOf(1405).versions()).singleElement()
                .satisfies(t -> assertThat(t.uploadedBy()).isEqualTo("maryam"));
    }

    @Test
    void aSecondInstanceStartingFindsTheWorkDone() {
        new SeedingTariffTables(tables, RULES, clock).seed(CONFIGURED);

        assertThat(new SeedingTariffTables(tables, RULES, clock).seed(CONFIGURED)).isEmpty();
        assertThat(tables.size()).isEqualTo(2);
    }

    @Test
    void refusesAnInvalidConfiguredTableNamingEveryProblemAndSeedsNothing() {
        Map<Integer, Map<String, Long>> bad = Map.of(1405, Map.of("PASSPORT", 1L, "ENROLMENT_CERTIFICATE", -5L),
                1404, Map.of("FOREIGN_DEGREE_EVALUATION", 1L));

        assertThatThrownBy(() -> new SeedingTariffTables(tables, RULES, clock).seed(bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1405.PASSPORT: type-unknown")
                .hasMessageContaining("1405.ENROLMENT_CERTIFICATE: amount-negative")
                .hasMessageContaining("sehat.payment.request-types");
        assertThat(tables.size()).isZero();
    }
}
