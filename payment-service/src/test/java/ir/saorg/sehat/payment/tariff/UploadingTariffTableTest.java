package ir.saorg.sehat.payment.tariff;

import ir.saorg.sehat.platform.testing.MutableClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static ir.saorg.sehat.payment.tariff.TariffFixtures.IN_1405;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.RULES;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.csv;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadingTariffTableTest {

    private static final String FIRST = """
            requestType,amountRials,note
            ENROLMENT_CERTIFICATE,1000000,
            FOREIGN_DEGREE_EVALUATION,5000000,پایه
            EDUCATIONAL_CONFIRMATION,0,
            """;

    private final InMemoryTariffTables tables = new InMemoryTariffTables();
    private final MutableClock clock = new MutableClock(IN_1405);
    private final UploadingTariffTable uploading = new UploadingTariffTable(tables, RULES, clock);
    private final Tariffs tariffs = new StoredTariffs(tables);

    @Test
    void theFirstUploadOfAYearIsVersion1InEffectFromTheUpload() {
        var upload = uploading.upload(1405, csv(FIRST), "maryam");

        assertThat(upload.created()).isTrue();
        TariffTable table = upload.table();
        assertThat(table.id()).isEqualTo("1405-v1");
        assertThat(table.effectiveFrom()).isEqualTo(IN_1405);
        assertThat(table.uploadedAt()).isEqualTo(IN_1405);
        assertThat(table.uploadedBy()).isEqualTo("maryam");
        assertThat(table.source()).isEqualTo("tariffs.csv");
        assertThat(table.format()).isEqualTo(TariffFileFormat.CSV);
        assertThat(table.change().added()).hasSize(3);
        assertThat(tables.historyOf(1405).versions()).containsExactly(table);
    }

    @Test
    void aChangedTableBecomesTheNextVersionWithItsChange() {
        uploading.upload(1405, csv(FIRST), "maryam");
        clock.advance(Duration.ofDays(3));

        var upload = uploading.upload(1405, csv("""
                requestType,amountRials,note
                ENROLMENT_CERTIFICATE,1200000,
                FOREIGN_DEGREE_EVALUATION,5000000,پایه
                PROVISIONAL_GRADUATION_CERTIFICATE,300000,
                """), "reza");

        assertThat(upload.created()).isTrue();
        assertThat(upload.table().version()).isEqualTo(2);
        assertThat(upload.table().effectiveFrom()).isEqualTo(IN_1405.plus(Duration.ofDays(3)));
        assertThat(upload.table().change()).isEqualTo(new TariffTableChange(
                List.of(new TariffRow("PROVISIONAL_GRADUATION_CERTIFICATE", 300_000, null)),
                List.of(new TariffRow("EDUCATIONAL_CONFIRMATION", 0, null)),
                List.of(new TariffTableChange.ChangedRow("ENROLMENT_CERTIFICATE", 1_000_000, 1_200_000, null, null))));
        assertThat(tables.historyOf(1405).versions()).extracting(TariffTable::version).containsExactly(2, 1);
    }

    @Test
    void aChangeUploadedMidYearAppliesToRequestsSubmittedAfterItAndNotBefore() {
        uploading.upload(1405, csv(FIRST), "maryam");
        Instant changedAt = IN_1405.plus(Duration.ofDays(10));
        clock.set(changedAt);
        uploading.upload(1405, csv("requestType,amountRials\nENROLMENT_CERTIFICATE,1500000\n"), "reza");

        assertThat(tariffs.in("ENROLMENT_CERTIFICATE", changedAt.minusSeconds(1)))
                .contains(new Tariff("ENROLMENT_CERTIFICATE", 1405, 1_000_000, 1));
        assertThat(tariffs.in("ENROLMENT_CERTIFICATE", changedAt.plusSeconds(1)))
                .contains(new Tariff("ENROLMENT_CERTIFICATE", 1405, 1_500_000, 2));
        assertThat(tariffs.in("FOREIGN_DEGREE_EVALUATION", changedAt.minusSeconds(1))).isPresent();
        assertThat(tariffs.in("FOREIGN_DEGREE_EVALUATION", changedAt.plusSeconds(1))).as("removed: free").isEmpty();
        assertThat(tariffs.in("ENROLMENT_CERTIFICATE", IN_1405.minusSeconds(1))).as("before any table").isEmpty();
    }

    @Test
    void anUploadIdenticalToTheCurrentVersionStoresNothing() {
        var first = uploading.upload(1405, csv(FIRST), "maryam").table();
        clock.advance(Duration.ofHours(1));

        var again = uploading.upload(1405, json("""
                {"tariffs": [
                  {"requestType": "EDUCATIONAL_CONFIRMATION", "amountRials": 0},
                  {"requestType": "FOREIGN_DEGREE_EVALUATION", "amountRials": 5000000, "note": "پایه"},
                  {"requestType": "ENROLMENT_CERTIFICATE", "amountRials": "۱٬۰۰۰٬۰۰۰"}
                ]}"""), "reza");

        assertThat(again.created()).isFalse();
        assertThat(again.table()).isEqualTo(first);
        assertThat(tables.size()).isEqualTo(1);
    }

    @Test
    void aBadTableChangesNothing() {
        var first = uploading.upload(1405, csv(FIRST), "maryam").table();

        assertThatThrownBy(() -> uploading.upload(1405, csv("""
                requestType,amountRials
                ENROLMENT_CERTIFICATE,9000000
                FOREIGN_DEGREE_EVALUATION,-1
                """), "reza")).isInstanceOf(InvalidTariffFileException.class);

        assertThat(tables.all()).containsExactly(first);
        assertThat(tariffs.in("ENROLMENT_CERTIFICATE", Instant.parse("2027-03-01T00:00:00Z")))
                .map(Tariff::amountRials).contains(1_000_000L);
    }

    @Test
    void anUploadThatLosesARaceIsStoredOnTopOfTheWinnerWithItsChangeAgainstIt() {
        uploading.upload(1405, csv(FIRST), "maryam");
        var racing = new InMemoryTariffTables() {
            boolean raced;

            @Override
            public boolean insert(TariffTable table) {
                if (!raced) {
                    raced = true;
                    var winnerRows = List.of(new TariffRow("ENROLMENT_CERTIFICATE", 7, null));
                    tables.insert(new TariffTable(1405, 2, winnerRows, IN_1405, IN_1405, "reza", "other.csv",
                            TariffFileFormat.CSV, TariffTableChange.between(List.of(), winnerRows)));
                }
                return tables.insert(table);
            }

            @Override
            public TariffHistory historyOf(int fiscalYear) {
                return tables.historyOf(fiscalYear);
            }
        };

        var upload = new UploadingTariffTable(racing, RULES, clock)
                .upload(1405, csv("requestType,amountRials\nENROLMENT_CERTIFICATE,8\n"), "maryam");

        assertThat(upload.created()).isTrue();
        assertThat(upload.table().version()).isEqualTo(3);
        assertThat(upload.table().change().changed()).containsExactly(
                new TariffTableChange.ChangedRow("ENROLMENT_CERTIFICATE", 7, 8, null, null));
    }

    @Test
    void givesUpWhenOtherUploadsKeepGettingInFirstAndStoresNothing() {
        var alwaysTaken = new InMemoryTariffTables() {
            @Override
            public boolean insert(TariffTable table) {
                return false;
            }
        };

        assertThatThrownBy(() -> new UploadingTariffTable(alwaysTaken, RULES, clock).upload(1405, csv(FIRST), "x"))
                .isInstanceOfSatisfying(TariffUploadContendedException.class,
                        e -> assertThat(e.fiscalYear()).isEqualTo(1405));
        assertThat(alwaysTaken.size()).isZero();
    }

    @Test
    void aNewVersionIsNeverInEffectBeforeThePreviousOne() {
        uploading.upload(1405, csv(FIRST), "maryam");
        clock.set(IN_1405.minusSeconds(5));

        var behind = uploading.upload(1405, csv("requestType,amountRials\nENROLMENT_CERTIFICATE,8\n"), "reza");

        assertThat(behind.table().effectiveFrom()).isEqualTo(IN_1405);
        assertThat(behind.table().uploadedAt()).isEqualTo(IN_1405.minusSeconds(5));
    }
}
