package ir.saorg.sehat.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes every pending event of every outbox collection to Kafka, in the order each document recorded them, and
 * removes an event from its document only after the broker acknowledged it.
 *
 * <p>Runs on one thread. A write names its document through {@link #wake(String, Object)}, and the relay publishes
 * that document's events at once by its id, so the cost does not grow with the collection. Every
 * {@code pollInterval} it also sweeps each collection for anything pending, which is what publishes events left
 * behind by a crash (real MongoDB answers the sweep from a sparse index; the embedded store scans). Documents are
 * handled in batches of up to {@code batchSize}: one read, every event handed to the producer without waiting, one
 * wait for all the acknowledgements, one write removing what was acknowledged. A failed publish is retried, with a
 * growing pause, until it succeeds; nothing is ever left in a "failed" state. If the process dies after the broker
 * acknowledged an event but before it was removed, the event is published again with the same id, which idempotent
 * consumers recognise.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final String PENDING_KEY = Outbox.FIELD + ".eventId";

    private final MongoTemplate mongo;
    private final List<OutboxCollection> collections;
    private final EventPublisher publisher;
    private final Duration pollInterval;
    private final int batchSize;
    private final MeterRegistry meters;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private final Counter failures;
    private final AtomicBoolean woken = new AtomicBoolean(true);
    private final ConcurrentLinkedDeque<Written> written = new ConcurrentLinkedDeque<>();
    private volatile Instant nextSweep = Instant.MIN;
    private volatile boolean running;
    private volatile Thread worker;

    public OutboxRelay(MongoTemplate mongo, List<OutboxCollection> collections, EventPublisher publisher,
                       Duration pollInterval, int batchSize, MeterRegistry meters) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.publisher = publisher;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.meters = meters;
        this.failures = Counter.builder("sehat.outbox.publish.failures")
                .description("Publish attempts that failed and will be retried").register(meters);
    }

    private record Written(String collection, Object id) {
    }

    /** Tells the relay a document now holds pending events. Cheap; safe to call from any thread. */
    public void wake(String collection, Object documentId) {
        written.add(new Written(collection, documentId));
        wake();
    }

    /** Asks the relay to sweep for pending events now. Cheap; safe to call from any thread. */
    public void wake() {
        woken.set(true);
        Thread current = worker;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    /**
     * Publishes what is pending now, in batches, until nothing is left or a publish fails.
     *
     * @return how many events were published
     * @throws RelayStalledException when a publish failed; what was not published stays pending
     */
    public int drain() {
        return drainWritten() + sweep();
    }

    private int drainWritten() {
        int total = 0;
        while (!written.isEmpty()) {
            List<Written> taken = new ArrayList<>();
            Written next;
            while (taken.size() < batchSize && (next = written.poll()) != null) {
                taken.add(next);
            }
            Map<String, Set<Object>> ids = new LinkedHashMap<>();
            taken.forEach(w -> ids.computeIfAbsent(w.collection(), c -> new LinkedHashSet<>()).add(w.id()));
            try {
                List<Held> documents = new ArrayList<>();
                ids.forEach((collection, some) -> {
                    var query = new Query(where("_id").in(some));
                    query.fields().include("_id", Outbox.FIELD);
                    mongo.find(query, Document.class, collection).forEach(d -> documents.add(new Held(collection, d)));
                });
                total += publishAll(documents);
            } catch (RuntimeException e) {
                for (int i = taken.size() - 1; i >= 0; i--) {
                    written.addFirst(taken.get(i));
                }
                throw e;
            }
        }
        return total;
    }

    /** @return how many events the sweep published */
    private int sweep() {
        int published = 0;
        for (OutboxCollection collection : collections) {
            Batch batch;
            do {
                batch = drainBatch(collection);
                published += batch.events();
            } while (batch.documents() == batchSize);
        }
        return published;
    }

    private record Batch(int documents, int events) {
    }

    private Batch drainBatch(OutboxCollection collection) {
        var query = new Query(where(PENDING_KEY).exists(true)).limit(batchSize);
        query.fields().include("_id", Outbox.FIELD);
        List<Held> documents = mongo.find(query, Document.class, collection.name()).stream()
                .map(document -> new Held(collection.name(), document)).toList();
        return new Batch(documents.size(), publishAll(documents));
    }

    /** A document read for its pending events. */
    private record Held(String collection, Document document) {

        Object id() {
            return document.get("_id");
        }

        List<Document> pending() {
            List<Document> pending = document.getList(Outbox.FIELD, Document.class);
            return pending == null ? List.of() : pending;
        }
    }

    /** One event handed to the publisher, and the acknowledgement to wait for. */
    private record InFlight(int document, PendingEvent event, CompletableFuture<Void> acknowledged) {
    }

    /**
     * Hands every pending event of the documents to the publisher without waiting, then waits for all the
     * acknowledgements and removes the acknowledged events with one write per collection. Of each document only the
     * events before its first unacknowledged one are removed, so its events are published again in their order.
     * Handing over stops at the first failure already known.
     */
    private int publishAll(List<Held> documents) {
        List<InFlight> sent = new ArrayList<>();
        handOver:
        for (int d = 0; d < documents.size(); d++) {
            for (Document stored : documents.get(d).pending()) {
                PendingEvent event = PendingEvent.fromDocument(stored);
                var acknowledged = handOver(event);
                sent.add(new InFlight(d, event, acknowledged));
                if (acknowledged.isCompletedExceptionally()) {
                    break handOver;
                }
            }
        }
        Map<Integer, List<String>> acknowledged = new LinkedHashMap<>();
        Set<Integer> broken = new HashSet<>();
        RelayStalledException stalled = null;
        for (InFlight inFlight : sent) {
            try {
                inFlight.acknowledged().get();
                if (!broken.contains(inFlight.document())) {
                    acknowledged.computeIfAbsent(inFlight.document(), d -> new ArrayList<>())
                            .add(inFlight.event().eventId());
                    published(inFlight.event().type()).increment();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RelayStalledException(inFlight.event(), e);
            } catch (ExecutionException e) {
                broken.add(inFlight.document());
                if (stalled == null) {
                    failures.increment();
                    stalled = new RelayStalledException(inFlight.event(), e.getCause());
                }
            }
        }
        removePublished(documents, acknowledged);
        if (stalled != null) {
            throw stalled;
        }
        return acknowledged.values().stream().mapToInt(List::size).sum();
    }

    /** A producer that refuses a record at once (no metadata, a full buffer past its wait) fails that record only. */
    private CompletableFuture<Void> handOver(PendingEvent event) {
        try {
            return publisher.publishAsync(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void removePublished(List<Held> documents, Map<Integer, List<String>> acknowledged) {
        Map<String, BulkOperations> writes = new LinkedHashMap<>();
        acknowledged.forEach((d, eventIds) -> {
            Held held = documents.get(d);
            writes.computeIfAbsent(held.collection(), c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
                    .updateOne(new Query(where("_id").is(held.id())),
                            new Update().pull(Outbox.FIELD, new Document("eventId", new Document("$in", eventIds))));
        });
        writes.values().forEach(BulkOperations::execute);
    }

    /** Events published, per CloudEvents type: codes issued, payments settled, notifications delivered, ... */
    private Counter published(String type) {
        return published.computeIfAbsent(type, t -> Counter.builder("sehat.outbox.published").tag("type", t)
                .description("Events the outbox relay published").register(meters));
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            woken.set(false);
            try {
                drainWritten();
                if (Instant.now().isAfter(nextSweep)) {
                    sweep();
                    nextSweep = Instant.now().plus(pollInterval);
                }
                backoff = Duration.ZERO;
            } catch (RelayStalledException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                log.warn("Outbox relay could not publish {} ({}); retrying in {} ms", e.event().eventId(),
                        e.getCause().toString(), backoff.toMillis());
                pauseFor(backoff);
                continue;
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                log.warn("Outbox relay could not read its collections; retrying in {} ms", backoff.toMillis(), e);
                pauseFor(backoff);
                continue;
            }
            if (!woken.get()) {
                LockSupport.parkNanos(Math.max(0, Duration.between(Instant.now(), nextSweep).toNanos()));
            }
        }
    }

    /** Waits out a back-off in full: wake-ups from new writes must not turn a failing broker into a busy loop. */
    private void pauseFor(Duration backoff) {
        long deadline = System.nanoTime() + backoff.toNanos();
        long left;
        while (running && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        for (OutboxCollection collection : collections) {
            mongo.indexOps(collection.name()).createIndex(new Index().on(PENDING_KEY, Sort.Direction.ASC).sparse()
                    .named("pending_outbox_events"));
        }
        publisher.connect();
        running = true;
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop the relay before the Kafka producer and MongoDB client go away; start it after they are up. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** A publish failed; the event stays pending and is retried. */
    public static class RelayStalledException extends RuntimeException {

        private final transient PendingEvent event;

        RelayStalledException(PendingEvent event, Throwable cause) {
            super("could not publish " + event.eventId(), cause);
            this.event = event;
        }

        public PendingEvent event() {
            return event;
        }
    }
}
