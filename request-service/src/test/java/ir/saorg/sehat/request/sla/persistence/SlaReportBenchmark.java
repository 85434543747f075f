package ir.saorg.sehat.request.sla.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.sla.MeasuringSla;
import ir.saorg.sehat.request.sla.SlaRecords;
import ir.saorg.sehat.request.sla.SlaReport;
import ir.saorg.sehat.request.sla.SlaSample;
import ir.saorg.sehat.request.sla.SlaScope;
import ir.saorg.sehat.request.types.SeededTypeCatalogue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a report takes, printed for orientation (not a pass/fail speed goal). Not
 * part of the build's tests; run it with
 * {@code ./mvnw -o -q test -pl request-service -Dtest=SlaReportBenchmark -Dsla.benchmark.requests=200000}.
 * Part one reads requests through the real repository from the embedded store; part two measures the computation
 * alone over the report limit (4 million requests).
 */
class SlaReportBenchmark {

    static final Instant START = Instant.parse("2024-03-19T20:30:00Z");
    static final Instant NOW = START.plus(Duration.ofDays(400));
    static final String[] TYPES = {"ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION",
            "PROVISIONAL_GRADUATION_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION"};

    @Test
    void reportsOverTheEmbeddedStoreAndInMemory() {
        int stored = Integer.getInteger("sla.benchmark.requests", 200_000);
        MongoServer server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var mongo = new MongoTemplate(client, "benchmark");
            long inserting = System.nanoTime();
            insert(mongo, stored);
            print("inserted %,d requests in %d ms", stored, (System.nanoTime() - inserting) / 1_000_000);
            long reading = System.nanoTime();
            int read = 0;
            for (Document ignored : mongo.getCollection(MongoSlaRecords.COLLECTION).find(new Document("submittedAt",
                    new Document("$gte", Date.from(START)).append("$lt", Date.from(NOW))))) {
                read++;
            }
            long readMillis = (System.nanoTime() - reading) / 1_000_000;
            print("the store alone (driver, no mapping): %,d documents in %,d ms (%.2f µs each)", read, readMillis,
                    readMillis * 1000.0 / read);
            var store = new MongoSlaRecords(mongo, null);
            for (int run = 1; run <= 3; run++) {
                SlaReport report = timed("embedded store, run " + run, stored, () -> measure(store, stored));
                assertThat(report.types().stream().mapToInt(t -> t.submitted()).sum()).isEqualTo(stored);
            }
        } finally {
            server.shutdownNow();
        }
        int limit = 4_000_000;
        SlaReport inMemory = timed("in memory (computation only)", limit, () -> measure(new Generated(limit), limit));
        assertThat(inMemory.types().stream().mapToInt(t -> t.submitted()).sum()).isEqualTo(limit);
    }

    private static SlaReport measure(SlaRecords records, int limit) {
        return new MeasuringSla(records, new SeededTypeCatalogue(), new MutableClock(NOW), limit)
                .measure(new SlaScope(START, NOW, null, Set.of()));
    }

    private static SlaReport timed(String what, int requests, java.util.function.Supplier<SlaReport> report) {
        long started = System.nanoTime();
        SlaReport result = report.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        print("%s: %,d requests in %,d ms (%.2f µs each)", what, requests, millis, millis * 1000.0 / requests);
        return result;
    }

    private static void insert(MongoTemplate mongo, int count) {
        var random = new SplittableRandom(42);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SlaSample s = sample(random);
            var document = new Document(Map.of("_id", s.id(), "type", s.type(), "university", s.university(),
                    "status", s.status().name(), "submittedAt", Date.from(s.submittedAt()),
                    "resultDueAt", Date.from(s.resultDueAt())));
            if (s.initialResultAt() != null) {
                document.put("initialResultAt", Date.from(s.initialResultAt()));
                document.put("resultAnnouncedAt", Date.from(s.resultAnnouncedAt()));
            }
            batch.add(document);
            if (batch.size() == 1000) {
                mongo.getCollection(MongoSlaRecords.COLLECTION).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(MongoSlaRecords.COLLECTION).insertMany(batch);
        }
    }

    private static SlaSample sample(SplittableRandom random) {
        Instant submitted = START.plusSeconds(random.nextLong(Duration.ofDays(365).toSeconds()));
        boolean resulted = random.nextInt(10) > 0;
        Instant initial = resulted ? submitted.plusSeconds(random.nextLong(Duration.ofDays(4).toSeconds())) : null;
        return new SlaSample(new UUID(random.nextLong(), random.nextLong()).toString(), TYPES[random.nextInt(TYPES.length)], "ut",
                resulted ? RequestStatus.CODE_ISSUED : RequestStatus.APPROVED, submitted,
                submitted.plus(Duration.ofDays(2)), initial, initial == null ? null : initial.plusSeconds(30), null);
    }

    private static void print(String format, Object... arguments) {
        System.out.println("[sla-benchmark] " + format.formatted(arguments));
    }

    /** Samples made up on the fly, so that only the computation is measured. */
    private record Generated(int count) implements SlaRecords {

        @Override
        public Stream<SlaSample> submitted(SlaScope scope) {
            var random = new SplittableRandom(7);
            return Stream.generate(() -> sample(random)).limit(count);
        }

        @Override
        public Stream<SlaSample> unmarkedPastDue(Instant now) {
            return Stream.empty();
        }

        @Override
        public Stream<SlaSample> resultedUnmarkedDueBetween(Instant after, Instant upTo) {
            return Stream.empty();
        }

        @Override
        public boolean markBreached(SlaSample request, ir.saorg.sehat.request.lifecycle.TimelineEntry entry,
                                    ir.saorg.sehat.events.request.SlaBreached event) {
            return false;
        }

        @Override
        public Map<String, Long> openPastDueByType(Instant now) {
            return Map.of();
        }
    }
}
