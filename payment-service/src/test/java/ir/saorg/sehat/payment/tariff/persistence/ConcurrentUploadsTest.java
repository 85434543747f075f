package ir.saorg.sehat.payment.tariff.persistence;

import ir.saorg.sehat.platform.testing.MutableClock;

import ir.saorg.sehat.payment.tariff.SeedingTariffTables;
import ir.saorg.sehat.payment.tariff.TariffFile;
import ir.saorg.sehat.payment.tariff.TariffHistory;
import ir.saorg.sehat.payment.tariff.TariffRow;
import ir.saorg.sehat.payment.tariff.TariffTable;
import ir.saorg.sehat.payment.tariff.TariffTableChange;
import ir.saorg.sehat.payment.tariff.TariffTables;
import ir.saorg.sehat.payment.tariff.UploadingTariffTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static ir.saorg.sehat.payment.tariff.TariffFixtures.IN_1405;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two uploads of the same year at once, on the MongoDB store: both read the year's current version before either
 * writes (a barrier holds the first read of each until both have made it), so both try to store the same version
 * number, and the unique (fiscalYear, version) index decides.
 */
class ConcurrentUploadsTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoTariffTables stored = new MongoTariffTables(mongo.template);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    ConcurrentUploadsTest() {
        stored.ensureIndexes();
        new SeedingTariffTables(stored, RULES, new MutableClock(IN_1405))
                .seed(Map.of(1405, Map.of("ENROLMENT_CERTIFICATE", 1_000L)));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        mongo.close();
    }

    @Test
    void twoDifferentTablesBothBecomeVersionsOneAfterTheOther() throws Exception {
        var tables = new BothReadBeforeEitherWrites(stored);
        var uploading = new UploadingTariffTable(tables, RULES, new MutableClock(IN_1405));

        var results = both(() -> uploading.upload(1405, csv("ENROLMENT_CERTIFICATE,2000"), "maryam"),
                () -> uploading.upload(1405, csv("ENROLMENT_CERTIFICATE,3000"), "reza"));

        assertThat(tables.inserts.get()).as("one of them lost and retried").isEqualTo(3);
        assertThat(results).allSatisfy(r -> assertThat(r.created()).isTrue());
        assertThat(results).extracting(r -> r.table().version()).containsExactlyInAnyOrder(2, 3);
        TariffHistory history = stored.historyOf(1405);
        assertThat(history.versions()).extracting(TariffTable::version).containsExactly(3, 2, 1);
        TariffTable second = history.versions().get(1);
        TariffTable third = history.versions().getFirst();
        assertThat(third.change().changed()).containsExactly(new TariffTableChange.ChangedRow("ENROLMENT_CERTIFICATE",
                second.rows().getFirst().amountRials(), third.rows().getFirst().amountRials(), null, null));
        assertThat(second.change().changed()).singleElement()
                .satisfies(c -> assertThat(c.oldAmountRials()).isEqualTo(1_000));
    }

    @Test
    void theSameTableTwiceIsStoredOnce() throws Exception {
        var tables = new BothReadBeforeEitherWrites(stored);
        var uploading = new UploadingTariffTable(tables, RULES, new MutableClock(IN_1405));

        var results = both(() -> uploading.upload(1405, csv("ENROLMENT_CERTIFICATE,2000"), "maryam"),
                () -> uploading.upload(1405, csv("ENROLMENT_CERTIFICATE,2000"), "reza"));

        assertThat(results).extracting(UploadingTariffTable.Upload::created).containsExactlyInAnyOrder(true, false);
        assertThat(results).extracting(r -> r.table().version()).containsOnly(2);
        assertThat(stored.historyOf(1405).versions()).extracting(TariffTable::version).containsExactly(2, 1);
    }

    @Test
    void twoInstancesSeedingAtOnceStoreOneVersion1() throws Exception {
        var tables = new BothReadBeforeEitherWrites(stored);
        Map<Integer, Map<String, Long>> configured = Map.of(1404, Map.of("ENROLMENT_CERTIFICATE", 500L));

        var seeded = both(() -> new SeedingTariffTables(tables, RULES, new MutableClock(IN_1405)).seed(configured),
                () -> new SeedingTariffTables(tables, RULES, new MutableClock(IN_1405)).seed(configured));

        assertThat(seeded).containsExactlyInAnyOrder(List.of(1404), List.of());
        assertThat(stored.historyOf(1404).versions()).singleElement()
                .satisfies(t -> assertThat(t.rows()).containsExactly(new TariffRow("ENROLMENT_CERTIFICATE", 500, null)));
    }

    private <T> List<T> both(Callable<T> first, Callable<T> second) throws Exception {
        Future<T> a = threads.submit(first);
        Future<T> b = threads.submit(second);
        return List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS));
    }

    private static TariffFile csv(String row) {
        return new TariffFile(("requestType,amountRials\n" + row + "\n").getBytes(StandardCharsets.UTF_8),
                "tariffs.csv", "text/csv");
    }

    /** The store, with the first two reads of a year held until both have happened. */
    private static final class BothReadBeforeEitherWrites implements TariffTables {

        private final TariffTables store;
        private final CyclicBarrier bothRead = new CyclicBarrier(2);
        private final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger inserts = new AtomicInteger();

        BothReadBeforeEitherWrites(TariffTables store) {
            this.store = store;
        }

        @Override
        public boolean insert(TariffTable table) {
            inserts.incrementAndGet();
            return store.insert(table);
        }

        @Override
        public TariffHistory historyOf(int fiscalYear) {
            TariffHistory history = store.historyOf(fiscalYear);
            if (reads.incrementAndGet() <= 2) {
                try {
                    bothRead.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other upload never read the year", e);
                }
            }
            return history;
        }

        @Override
        public List<TariffTable> currentOfEveryYear() {
            return store.currentOfEveryYear();
        }
    }
}
