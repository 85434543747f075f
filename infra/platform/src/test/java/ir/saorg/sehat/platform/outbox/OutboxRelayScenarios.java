package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;
import org.bson.Document;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@TestPropertySource(properties = {"spring.application.name=platform-test", "sehat.platform.topic=" + Topics.REQUEST_EVENTS,
        "sehat.platform.relay-poll-interval=300ms"})
abstract class OutboxRelayScenarios extends EventFlowScenarios {

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS};
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Outbox outbox;
    @Autowired
    EventPublisher kafkaPublisher;
    @Autowired
    OutboxDocuments documents;

    @Test
    void publishesAnEventWrittenJustBeforeACrashThoughNobodyWokeTheRelay() {
        RequestSubmitted event = anEvent();
        // The state change and its event were written, then the process died before anything was published.
        mongo.insert(new Thing(UUID.randomUUID().toString(), List.of(outbox.pending(event))), "things");

        var received = probe.awaitEvent(EventTypes.REQUEST_SUBMITTED.name(), event.requestId().toString());

        assertThat(received.id()).isEqualTo(event.eventId().toString());
        assertThat(received.headers()).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_source", "/sehat/platform-test")
                .containsEntry("ce_subject", event.requestId().toString())
                .containsEntry("ce_time", event.occurredAt().toString())
                .containsEntry("content-type", "application/json");
        assertThat(received.payload()).contains(event.eventId().toString(), "ENROLMENT_CERTIFICATE");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingIn("things").isEmpty());
    }

    @Test
    void publishesAgainWithTheSameIdWhenTheProcessDiedAfterTheBrokerAcknowledged() {
        RequestSubmitted event = anEvent();
        String id = UUID.randomUUID().toString();
        mongo.insert(new Thing(id, List.of(outbox.pending(event))), "crashing");
        EventPublisher publishThenDie = pending -> {
            kafkaPublisher.publish(pending);
            throw new IllegalStateException("process died before marking the event sent");
        };

        assertThatThrownBy(relayOver("crashing", publishThenDie)::drain)
                .isInstanceOf(OutboxRelay.RelayStalledException.class);
        assertThat(pendingIn("crashing")).as("not marked sent, so still pending").hasSize(1);

        assertThat(relayOver("crashing", kafkaPublisher).drain()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> probe.matching(e -> e.key().equals(event.requestId().toString())).size() == 2);
        assertThat(probe.matching(e -> e.key().equals(event.requestId().toString())))
                .extracting(e -> e.id()).containsOnly(event.eventId().toString());
        assertThat(pendingIn("crashing")).isEmpty();
    }

    @Test
    void keepsRetryingAFailedPublishUntilTheBrokerAcknowledges() {
        RequestSubmitted event = anEvent();
        mongo.insert(new Thing(UUID.randomUUID().toString(), List.of(outbox.pending(event))), "flaky");
        AtomicInteger attempts = new AtomicInteger();
        EventPublisher brokerDownThreeTimes = pending -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("broker unreachable");
            }
            kafkaPublisher.publish(pending);
        };
        OutboxRelay relay = relayOver("flaky", brokerDownThreeTimes);
        relay.start();
        try {
            var received = probe.awaitEvent(EventTypes.REQUEST_SUBMITTED.name(), event.requestId().toString());
            assertThat(received.id()).isEqualTo(event.eventId().toString());
            assertThat(attempts.get()).isGreaterThanOrEqualTo(4);
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingIn("flaky").isEmpty());
        } finally {
            relay.stop();
        }
    }

    @Test
    void publishesNothingForAWriteThatWasRefused() {
        String id = UUID.randomUUID().toString();
        RequestSubmitted written = anEvent();
        RequestSubmitted refusedInsert = anEvent();
        RequestSubmitted refusedUpdate = anEvent();

        assertThat(documents.insert("things", new Thing(id, List.of()), id, List.of(written))).isTrue();
        assertThat(documents.insert("things", new Thing(id, List.of()), id, List.of(refusedInsert)))
                .as("a duplicate key writes nothing").isFalse();
        assertThat(documents.update("things", Thing.class, id, new Query(where("_id").is("no-such-document")),
                new Update().set("touched", true), List.of(refusedUpdate))).as("a guard that does not match").isFalse();

        probe.awaitEvent(EventTypes.REQUEST_SUBMITTED.name(), written.requestId().toString());
        RequestSubmitted later = anEvent();
        String laterId = UUID.randomUUID().toString();
        documents.insert("things", new Thing(laterId, List.of()), laterId, List.of(later));
        probe.awaitEvent(EventTypes.REQUEST_SUBMITTED.name(), later.requestId().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingIn("things").isEmpty());

        assertThat(probe.matching(e -> e.id().equals(refusedInsert.eventId().toString())
                || e.id().equals(refusedUpdate.eventId().toString()))).isEmpty();
    }

    @Test
    void groupedInsertsFromManyThreadsStoreEachDocumentOnceAndPublishOnlyWhatWasStored() throws Exception {
        mongo.indexOps("grouped").createIndex(new Index("request", Sort.Direction.ASC).unique());
        GroupedInserts inserts = documents.grouped("grouped");
        record Attempt(String id, String request, RequestSubmitted event) {
        }
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = UUID.randomUUID().toString();
            attempts.add(new Attempt(id, "request-" + i, anEvent()));
            attempts.add(new Attempt(id, "other-" + i, anEvent()));            // the same id: one of the two is stored
        }
        for (int i = 0; i < 20; i++) {
            attempts.add(new Attempt(UUID.randomUUID().toString(), "request-" + i, anEvent())); // a taken unique key
        }
        Collections.shuffle(attempts);
        var start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Attempt attempt : attempts) {
                outcomes.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return inserts.insert(new Document("_id", attempt.id()).append("request", attempt.request()),
                            attempt.id(), List.of(attempt.event()));
                }, callers));
            }
            start.countDown();
        }

        List<Attempt> stored = new ArrayList<>();
        List<String> refusedEvents = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            if (outcomes.get(i).join()) {
                stored.add(attempts.get(i));
            } else {
                refusedEvents.add(attempts.get(i).event().eventId().toString());
            }
        }
        assertThat(mongo.findAll(Document.class, "grouped")).extracting(d -> d.getString("_id") + " " + d.getString("request"))
                .as("exactly the documents whose insert answered true are stored")
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(a -> a.id() + " " + a.request()).toList());
        assertThat(stored).extracting(Attempt::id).doesNotHaveDuplicates();
        assertThat(stored).extracting(Attempt::request).doesNotHaveDuplicates();
        assertThat(stored).as("one of each pair sharing an id").hasSizeGreaterThanOrEqualTo(60);
        List<String> storedEvents = stored.stream().map(a -> a.event().eventId().toString()).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.matching(e -> storedEvents.contains(e.id())).size()
                == storedEvents.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingIn("grouped").isEmpty());
        assertThat(probe.matching(e -> refusedEvents.contains(e.id()))).as("a refused insert publishes nothing").isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void publishesABatchOfDocumentsWithoutWaitingForEachAcknowledgementAndKeepsEachDocumentsOrder() {
        List<List<RequestSubmitted>> documents = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            UUID request = UUID.randomUUID();
            List<RequestSubmitted> events = List.of(anEvent(request), anEvent(request), anEvent(request));
            documents.add(events);
            mongo.insert(new Thing(UUID.randomUUID().toString(), events.stream().map(outbox::pending).toList()),
                    "batched");
        }

        assertThat(relayOver("batched", kafkaPublisher).drain()).isEqualTo(90);

        assertThat(pendingIn("batched")).isEmpty();
        for (List<RequestSubmitted> events : documents) {
            String key = events.getFirst().requestId().toString();
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.matching(e -> e.key().equals(key)).size() == 3);
            assertThat(probe.matching(e -> e.key().equals(key))).extracting(e -> e.id())
                    .containsExactlyElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
        }
    }

    @Test
    void removesOfADocumentOnlyTheEventsBeforeItsFirstUnacknowledgedOne() {
        UUID request = UUID.randomUUID();
        List<RequestSubmitted> events = List.of(anEvent(request), anEvent(request), anEvent(request));
        String id = UUID.randomUUID().toString();
        mongo.insert(new Thing(id, events.stream().map(outbox::pending).toList()), "unacknowledged");
        String second = events.get(1).eventId().toString();
        String third = events.get(2).eventId().toString();
        var secondTimesOut = new CompletableFuture<Void>();
        EventPublisher secondNeverAcknowledged = new EventPublisher() {
            @Override
            public void publish(PendingEvent pending) throws Exception {
                kafkaPublisher.publish(pending);
            }

            @Override
            public CompletableFuture<Void> publishAsync(PendingEvent pending) {
                if (pending.eventId().equals(second)) {
                    return secondTimesOut;
                }
                var acknowledged = EventPublisher.super.publishAsync(pending);
                if (pending.eventId().equals(third)) {
                    secondTimesOut.completeExceptionally(new TimeoutException("no acknowledgement"));
                }
                return acknowledged;
            }
        };

        assertThatThrownBy(relayOver("unacknowledged", secondNeverAcknowledged)::drain)
                .isInstanceOfSatisfying(OutboxRelay.RelayStalledException.class,
                        e -> assertThat(e.event().eventId()).isEqualTo(second));
        assertThat(pendingIn("unacknowledged")).extracting(PendingEvent::eventId)
                .as("the third was acknowledged but stays, so that it follows the second again")
                .containsExactly(second, third);

        assertThat(relayOver("unacknowledged", kafkaPublisher).drain()).isEqualTo(2);
        assertThat(pendingIn("unacknowledged")).isEmpty();
        String key = request.toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.matching(e -> e.key().equals(key)).size() == 4);
        assertThat(probe.matching(e -> e.key().equals(key))).extracting(e -> e.id())
                .containsExactly(events.get(0).eventId().toString(), third, second, third);
    }

    @Test
    void aRecordTheProducerRefusesAtOnceStallsTheRelayLikeAnyFailedPublish() {
        RequestSubmitted event = anEvent();
        mongo.insert(new Thing(UUID.randomUUID().toString(), List.of(outbox.pending(event))), "refused");
        EventPublisher noMetadata = new EventPublisher() {
            @Override
            public void publish(PendingEvent pending) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Void> publishAsync(PendingEvent pending) {
                throw new IllegalStateException("topic metadata not available after 60000 ms");
            }
        };

        assertThatThrownBy(relayOver("refused", noMetadata)::drain)
                .isInstanceOfSatisfying(OutboxRelay.RelayStalledException.class,
                        e -> assertThat(e.event().eventId()).isEqualTo(event.eventId().toString()));
        assertThat(pendingIn("refused")).hasSize(1);
    }

    private OutboxRelay relayOver(String collection, EventPublisher publisher) {
        return new OutboxRelay(mongo, List.of(new OutboxCollection(collection)), publisher, Duration.ofMillis(100), 50,
                new SimpleMeterRegistry());
    }

    private List<PendingEvent> pendingIn(String collection) {
        return mongo.findAll(Thing.class, collection).stream().flatMap(t -> t.outbox().stream()).toList();
    }

    private static RequestSubmitted anEvent() {
        return anEvent(UUID.randomUUID());
    }

    private static RequestSubmitted anEvent(UUID request) {
        Instant now = Instant.now();
        return new RequestSubmitted(UUID.randomUUID(), now, request, "ENROLMENT_CERTIFICATE", now);
    }

    record Thing(String id, List<PendingEvent> outbox) {
    }
}
