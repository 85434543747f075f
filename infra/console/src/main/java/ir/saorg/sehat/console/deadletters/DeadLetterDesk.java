package ir.saorg.sehat.console.deadletters;

import ir.saorg.sehat.platform.inbox.DeadLetterTopic;
import ir.saorg.sehat.platform.inbox.DeadLetterTopics;
import ir.saorg.sehat.console.deadletters.DeadLetter.Coordinates;
import ir.saorg.sehat.console.deadletters.DeadLetterAction.Kind;
import ir.saorg.sehat.platform.problem.Problem;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What an administrator does with this service's dead letters: lists them, reads one, replays one or every pending
 * one of a topic after the cause is fixed, or discards one with a reason. Each action is claimed in the audit first,
 * so two administrators pressing the same button act once; a replay that the broker does not acknowledge is taken
 * back and can be tried again.
 *
 * <p>A replay puts the record back on its source topic with its key, payload and CloudEvents headers, so every group
 * reading that topic sees it again; the groups that had handled it recognise its event id and skip it (the inbox),
 * the one that failed handles it now. The binder's failure headers are left off and {@value #REPLAY_OF} names the
 * dead letter it came from.
 */
public class DeadLetterDesk {

    public static final String REPLAY_OF = "x-sehat-replay-of";
    public static final String REPLAYED_BY = "x-sehat-replayed-by";
    static final int REPLAY_CHUNK = 100;
    static final int MAX_REASON = 500;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDesk.class);

    private final DeadLetterTopics topics;
    private final DeadLetterRecords records;
    private final DeadLetterActions actions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration ackTimeout;
    private final Clock clock;

    public DeadLetterDesk(DeadLetterTopics topics, DeadLetterRecords records, DeadLetterActions actions,
                          KafkaTemplate<String, byte[]> kafka, Duration ackTimeout, Clock clock) {
        this.topics = topics;
        this.records = records;
        this.actions = actions;
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
        this.clock = clock;
    }

    /** @param pending how many nobody has replayed or discarded */
    public record TopicSummary(DeadLetterTopic topic, long total, long handled, long pending) {

        static TopicSummary of(DeadLetterTopic topic, long total, long handled) {
            return new TopicSummary(topic, total, handled, Math.max(0, total - handled));
        }
    }

    public List<DeadLetterTopic> topics() {
        return topics.all();
    }

    public List<TopicSummary> summary() {
        Map<String, Long> counts = reading(() -> records.counts(topics.all().stream().map(DeadLetterTopic::name)
                .toList()));
        return topics.all().stream().map(topic -> TopicSummary.of(topic, counts.getOrDefault(topic.name(), 0L),
                actions.countOn(topic.name()))).toList();
    }

    public List<DeadLetter> newest(String topic, int limit) {
        String name = known(topic).name();
        return withActions(reading(() -> records.newest(name, limit)));
    }

    public DeadLetter one(Coordinates at) {
        known(at.topic());
        return withActions(List.of(record(at))).getFirst();
    }

    public List<DeadLetterAction> audit(int limit) {
        return actions.newest(limit);
    }

    public DeadLetterAction replay(Coordinates at, Actor actor) {
        known(at.topic());
        return replay(record(at), actor);
    }

    /**
     * Replays every dead letter of the topic that nobody has replayed or discarded, in each partition's order, reading
     * the topic {@value #REPLAY_CHUNK} letters at a time.
     */
    public List<DeadLetterAction> replayPending(String topic, Actor actor) {
        String name = known(topic).name();
        List<DeadLetterAction> replayed = new ArrayList<>();
        return reading(() -> {
            records.fromBeginning(name, REPLAY_CHUNK, chunk -> {
                Map<String, DeadLetterAction> handled = actions.of(chunk.stream().map(DeadLetterDesk::id).toList());
                for (ConsumerRecord<byte[], byte[]> record : chunk) {
                    if (!handled.containsKey(id(record))) {
                        replayed.add(replay(record, actor));
                    }
                }
            });
            return replayed;
        });
    }

    public DeadLetterAction discard(Coordinates at, Actor actor, String reason) {
        known(at.topic());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "discard-reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new Problem(HttpStatus.BAD_REQUEST, "discard-reason-too-long", MAX_REASON);
        }
        DeadLetterAction action = action(ReadingDeadLetter.of(record(at), null), Kind.DISCARDED, actor, why);
        claim(action);
        log.info("dead letter {} discarded by {}: {}", action.id(), actor.subject(), why);
        return action;
    }

    private DeadLetterAction replay(ConsumerRecord<byte[], byte[]> record, Actor actor) {
        DeadLetter letter = ReadingDeadLetter.of(record, null);
        String source = letter.source();
        if (source == null || source.isBlank()) {
            throw new Problem(HttpStatus.CONFLICT, "dead-letter-without-source", id(record));
        }
        DeadLetterAction action = action(letter, Kind.REPLAYED, actor, null);
        claim(action);
        try {
            kafka.send(replayOf(record, source, actor)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failed) {
            actions.release(action.id());
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("dead letter {} could not be replayed: {}", action.id(), failed.toString());
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "replay-not-sent", action.id());
        }
        log.info("dead letter {} ({} {}) replayed onto {} by {}", action.id(), action.eventType(), action.eventId(),
                source, actor.subject());
        return action;
    }

    private static ProducerRecord<String, byte[]> replayOf(ConsumerRecord<byte[], byte[]> record, String source,
                                                           Actor actor) {
        List<Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-exception-") && !header.key().startsWith("x-original-")
                    && !header.key().startsWith("kafka_dlt-") && !header.key().startsWith("x-sehat-replay")) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(REPLAY_OF, id(record).getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader(REPLAYED_BY, actor.subject().getBytes(StandardCharsets.UTF_8)));
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        return new ProducerRecord<>(source, null, key, record.value(), headers);
    }

    private void claim(DeadLetterAction action) {
        if (!actions.claim(action)) {
            throw new Problem(HttpStatus.CONFLICT, "dead-letter-already-handled", action.id());
        }
    }

    private DeadLetterAction action(DeadLetter letter, Kind kind, Actor actor, String reason) {
        Coordinates at = letter.at();
        return new DeadLetterAction(at.id(), at.topic(), at.partition(), at.offset(), kind, actor.subject(),
                actor.name(), clock.instant(), reason, letter.eventType(), letter.eventId());
    }

    private List<DeadLetter> withActions(List<ConsumerRecord<byte[], byte[]>> found) {
        Map<String, DeadLetterAction> handled = actions.of(found.stream().map(DeadLetterDesk::id).toList());
        return found.stream().map(record -> ReadingDeadLetter.of(record, handled.get(id(record)))).toList();
    }

    private ConsumerRecord<byte[], byte[]> record(Coordinates at) {
        return reading(() -> records.one(at))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "dead-letter-not-found", at.id()));
    }

    /** The broker not answering in time is a 503 the administrator can retry, not a 500. */
    private static <T> T reading(Supplier<T> read) {
        try {
            return read.get();
        } catch (KafkaException | DeadLetterRecords.DeadLettersUnavailableException e) {
            log.warn("dead letters could not be read: {}", e.toString());
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "dead-letters-unavailable").withHeader("Retry-After", "5");
        }
    }

    private DeadLetterTopic known(String topic) {
        return topics.named(topic).orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "dead-letter-topic-unknown",
                topic));
    }

    private static String id(ConsumerRecord<byte[], byte[]> record) {
        return new Coordinates(record.topic(), record.partition(), record.offset()).id();
    }

    /** Who acts: the token's subject, and the name shown in the audit. */
    public record Actor(String subject, String name) {
    }
}
