package ir.saorg.sehat.platform.testing;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.events.EventJson;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Plays another service in a test: publishes events as CloudEvents, or any bytes with any headers. */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventSender(String brokers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public void send(IntegrationEvent event) {
        await(publish(event));
    }

    /**
     * Hands the event to the producer without waiting for the broker, so that a benchmark can keep a steady rate
     * whatever the broker's latency; {@link #flush} waits for everything handed over.
     */
    public Future<RecordMetadata> publish(IntegrationEvent event) {
        var type = EventTypes.of(event.getClass());
        return publish(type.topic(), event.requestId().toString(), Map.of(
                "ce_specversion", "1.0",
                "ce_id", event.eventId().toString(),
                "ce_type", type.name(),
                "ce_source", "/sehat/test",
                "ce_time", event.occurredAt().toString(),
                "ce_subject", event.requestId().toString()), EventJson.bytes(EventJson.write(event)));
    }

    public void send(String topic, String key, Map<String, String> headers, byte[] payload) {
        await(publish(topic, key, headers, payload));
    }

    private Future<RecordMetadata> publish(String topic, String key, Map<String, String> headers, byte[] payload) {
        var recordHeaders = new ArrayList<org.apache.kafka.common.header.Header>();
        headers.forEach((name, value) -> recordHeaders.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return producer.send(new ProducerRecord<>(topic, null, key, payload, recordHeaders));
    }

    /** Waits until every event handed over has been acknowledged, or fails with the first that was not. */
    public void flush(List<Future<RecordMetadata>> published) {
        producer.flush();
        published.forEach(EventSender::await);
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
