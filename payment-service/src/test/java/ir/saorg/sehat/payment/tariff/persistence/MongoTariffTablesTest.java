package ir.saorg.sehat.payment.tariff.persistence;

import ir.saorg.sehat.payment.tariff.TariffFileFormat;
import ir.saorg.sehat.payment.tariff.TariffRow;
import ir.saorg.sehat.payment.tariff.TariffTable;
import ir.saorg.sehat.payment.tariff.TariffTableChange;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.index.IndexInfo;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoTariffTablesTest {

    private static final Instant AT = Instant.parse("2026-11-24T08:15:30.123Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoTariffTables tables = new MongoTariffTables(mongo.template);

    MongoTariffTablesTest() {
        tables.ensureIndexes();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void storesAVersionWholeAndReadsItBackAsItWas() {
        var rows = List.of(new TariffRow("ENROLMENT_CERTIFICATE", 100_000_000_000L, "مصوبهٔ هیئت امنا"),
                new TariffRow("FOREIGN_DEGREE_EVALUATION", 0, null));
        var change = new TariffTableChange(List.of(rows.get(1)),
                List.of(new TariffRow("EDUCATIONAL_CONFIRMATION", 5, "حذف شد")),
                List.of(new TariffTableChange.ChangedRow("ENROLMENT_CERTIFICATE", 1, 100_000_000_000L, null, "مصوبهٔ هیئت امنا")));
        var table = new TariffTable(1405, 2, rows, AT, AT.plusMillis(1), "maryam", "تعرفه‌ها.csv",
                TariffFileFormat.CSV, change);

        assertThat(tables.insert(table)).isTrue();

        assertThat(tables.historyOf(1405).versions()).containsExactly(table);
        Document stored = mongo.template.findById("1405-v2", Document.class, MongoTariffTables.COLLECTION);
        assertThat(stored).containsEntry("fiscalYear", 1405).containsEntry("version", 2)
                .containsEntry("uploadedBy", "maryam").containsEntry("format", "CSV");
        assertThat(stored.getList("rows", Document.class).getFirst())
                .containsEntry("requestType", "ENROLMENT_CERTIFICATE").containsEntry("amountRials", 100_000_000_000L);
    }

    @Test
    void refusesASecondVersionWithTheSameNumber() {
        assertThat(tables.insert(version(1405, 1, 10))).isTrue();

        assertThat(tables.insert(version(1405, 1, 20))).isFalse();
        assertThat(tables.historyOf(1405).versions()).singleElement()
                .satisfies(t -> assertThat(t.rows().getFirst().amountRials()).isEqualTo(10));
    }

    @Test
    void theUniqueIndexHoldsYearAndVersionEvenUnderAnotherId() {
        tables.insert(version(1405, 1, 10));

        assertThat(mongo.template.indexOps(MongoTariffTables.COLLECTION).getIndexInfo())
                .filteredOn(i -> i.getName().equals(MongoTariffTables.UNIQUE_VERSION)).singleElement()
                .satisfies(i -> assertThat(i.isUnique()).isTrue())
                .extracting(IndexInfo::getIndexFields).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(2);
        var impostor = MongoTariffTables.asDocument(version(1405, 1, 30)).append("_id", "someone-else");
        assertThatThrownBy(() -> mongo.template.insert(impostor, MongoTariffTables.COLLECTION))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void answersEveryYearsCurrentVersionAndEachYearsHistoryNewestFirst() {
        tables.insert(version(1404, 1, 1));
        tables.insert(version(1405, 1, 2));
        tables.insert(version(1405, 3, 4));
        tables.insert(version(1405, 2, 3));

        assertThat(tables.currentOfEveryYear()).extracting(TariffTable::id).containsExactly("1404-v1", "1405-v3");
        assertThat(tables.historyOf(1405).versions()).extracting(TariffTable::version).containsExactly(3, 2, 1);
        assertThat(tables.historyOf(1403).isEmpty()).isTrue();
    }

    static TariffTable version(int year, int version, long amount) {
        var rows = List.of(new TariffRow("ENROLMENT_CERTIFICATE", amount, null));
        return new TariffTable(year, version, rows, AT, AT, "test", "t.csv", TariffFileFormat.CSV,
                TariffTableChange.between(List.of(), rows));
    }
}
