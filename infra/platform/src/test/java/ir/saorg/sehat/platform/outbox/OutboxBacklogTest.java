package ir.saorg.sehat.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxBacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-02T04:30:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    private final MongoTemplate mongo = new MongoTemplate(client, "backlog-test");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OutboxBacklog backlog = new OutboxBacklog(mongo, List.of(new OutboxCollection("requests"),
            new OutboxCollection("disputes")), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), meters);

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void countsPendingEventsAndTheAgeOfTheOldestPerCollection() {
        mongo.insert(new Document("_id", "a").append(Outbox.FIELD, List.of(pending("2026-12-02T04:29:00Z"),
                pending("2026-12-02T04:29:30Z"))), "requests");
        mongo.insert(new Document("_id", "b").append(Outbox.FIELD, List.of(pending("2026-12-02T04:25:00.5Z"))),
                "requests");
        mongo.insert(new Document("_id", "c").append(Outbox.FIELD, List.of()), "requests");
        mongo.insert(new Document("_id", "d"), "disputes");

        backlog.refresh();

        assertThat(gauge("sehat.outbox.pending", "requests")).isEqualTo(3);
        assertThat(gauge("sehat.outbox.oldest_pending_age", "requests")).isEqualTo(299);
        assertThat(gauge("sehat.outbox.pending", "disputes")).isZero();
        assertThat(gauge("sehat.outbox.oldest_pending_age", "disputes")).isZero();
    }

    @Test
    void fallsBackToZeroOnceEverythingIsPublished() {
        mongo.insert(new Document("_id", "a").append(Outbox.FIELD, List.of(pending("2026-12-02T04:29:00Z"))),
                "requests");
        backlog.refresh();
        mongo.getCollection("requests").deleteMany(new Document());

        backlog.refresh();

        assertThat(gauge("sehat.outbox.pending", "requests")).isZero();
        assertThat(gauge("sehat.outbox.oldest_pending_age", "requests")).isZero();
    }

    private static Document pending(String time) {
        return new Document("eventId", java.util.UUID.randomUUID().toString()).append("type", "t").append("time", time);
    }

    private double gauge(String name, String collection) {
        return meters.get(name).tag("collection", collection).gauge().value();
    }
}
