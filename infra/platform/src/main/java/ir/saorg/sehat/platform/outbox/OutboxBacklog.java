package ir.saorg.sehat.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What waits in each outbox collection, as gauges: {@code sehat.outbox.pending{collection}} (events not yet
 * acknowledged by Kafka) and {@code sehat.outbox.oldest_pending_age{collection}} (seconds since the oldest of them
 * happened; 0 when none waits). A healthy relay keeps both near zero; a growing age means events are not reaching
 * Kafka. The store is asked on a schedule of its own, never by a scrape.
 */
public class OutboxBacklog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklog.class);

    private final MongoTemplate mongo;
    private final List<Tally> tallies;
    private final Clock clock;
    private final Duration interval;
    private volatile ScheduledExecutorService scheduler;

    public OutboxBacklog(MongoTemplate mongo, List<OutboxCollection> collections, Clock clock, Duration interval,
                         MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.interval = interval;
        this.tallies = collections.stream().map(collection -> new Tally(collection.name(), meters)).toList();
    }

    private static final class Tally {

        final String collection;
        final AtomicLong pending = new AtomicLong();
        final AtomicLong oldestAgeSeconds = new AtomicLong();

        Tally(String collection, MeterRegistry meters) {
            this.collection = collection;
            Gauge.builder("sehat.outbox.pending", pending, AtomicLong::get).tag("collection", collection)
                    .description("events in the outbox not yet acknowledged by Kafka").register(meters);
            Gauge.builder("sehat.outbox.oldest_pending_age", oldestAgeSeconds, AtomicLong::get)
                    .tag("collection", collection).baseUnit("seconds")
                    .description("age of the oldest event waiting in the outbox; 0 when none waits").register(meters);
        }
    }

    /** Counts what waits now and sets the gauges. */
    public void refresh() {
        Instant now = clock.instant();
        for (Tally tally : tallies) {
            // Only documents with pending events match (a sparse index on real MongoDB), read as a stream of their
            // events' times; a healthy outbox holds a handful.
            var query = new Query(where(Outbox.FIELD + ".eventId").exists(true));
            query.fields().include(Outbox.FIELD + ".time");
            long pending = 0;
            Instant oldest = null;
            try (Stream<Document> documents = mongo.stream(query, Document.class, tally.collection)) {
                for (Document document : (Iterable<Document>) documents::iterator) {
                    for (Document event : document.getList(Outbox.FIELD, Document.class, List.of())) {
                        pending++;
                        String time = event.getString("time");
                        Instant at = time == null ? null : Instant.parse(time);
                        if (at != null && (oldest == null || at.isBefore(oldest))) {
                            oldest = at;
                        }
                    }
                }
            }
            tally.pending.set(pending);
            tally.oldestAgeSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()));
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not count the outbox backlog: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-backlog");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        if (executor != null) {
            executor.shutdownNow();
        }
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
