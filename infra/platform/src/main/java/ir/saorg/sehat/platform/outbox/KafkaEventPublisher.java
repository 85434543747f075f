package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.platform.events.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends pending events as CloudEvents in Kafka binary mode; the relay waits for the acknowledgement. The producer is
 * idempotent with {@code acks=all} (see sehat-platform-defaults.yml), so a retried send cannot duplicate a record
 * within the producer's session; a re-send after a crash carries the same event id for consumers to recognise.
 */
public class KafkaEventPublisher implements EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration ackTimeout;
    private final String ownTopic;
    private final OutboxTracing tracing;

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, Duration ackTimeout, String ownTopic) {
        this(kafka, ackTimeout, ownTopic, OutboxTracing.NONE);
    }

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, Duration ackTimeout, String ownTopic,
                               OutboxTracing tracing) {
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
        this.ownTopic = ownTopic;
        this.tracing = tracing;
    }

    /** Creates the producer and fetches the topic's metadata now rather than on the first event. */
    @Override
    public void connect() {
        try {
            kafka.partitionsFor(ownTopic);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(KafkaEventPublisher.class)
                    .warn("Kafka not reachable yet ({}); the outbox relay will keep trying", e.toString());
        }
    }

    @Override
    public void publish(PendingEvent event) throws Exception {
        publishAsync(event).get();
    }

    /**
     * Hands the record to the producer and returns; the result completes on the broker's acknowledgement or fails
     * after the acknowledgement time-out. The producer is idempotent with at most 5 requests in flight, so records of
     * one key (one partition) are written in the order they were handed over, retries included.
     */
    @Override
    public CompletableFuture<Void> publishAsync(PendingEvent event) {
        try (var relayed = tracing.resume(event)) {
            return kafka.send(record(event, relayed.headers())).orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .thenApply(result -> null);
        }
    }

    private static ProducerRecord<String, byte[]> record(PendingEvent event, Map<String, String> trace) {
        var headers = new ArrayList<>(List.of(
                header(CloudEventHeaders.SPEC_VERSION, "1.0"),
                header(CloudEventHeaders.ID, event.eventId()),
                header(CloudEventHeaders.TYPE, event.type()),
                header(CloudEventHeaders.SOURCE, event.source()),
                header(CloudEventHeaders.TIME, event.time()),
                header(CloudEventHeaders.SUBJECT, event.key()),
                header(CloudEventHeaders.CONTENT_TYPE, "application/json")));
        trace.forEach((name, value) -> headers.add(header(name, value)));
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload().getBytes(StandardCharsets.UTF_8),
                List.copyOf(headers));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
