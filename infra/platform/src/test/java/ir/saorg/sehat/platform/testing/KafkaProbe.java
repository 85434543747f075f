package ir.saorg.sehat.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads topics from the beginning in the background and keeps every record, so that a test can wait for the event
 * it expects. Close it when done.
 */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ReceivedEvent> received = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private KafkaProbe(String brokers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(this::poll, "kafka-probe");
        poller.setDaemon(true);
        poller.start();
    }

    public static KafkaProbe reading(String brokers, String... topics) {
        return new KafkaProbe(brokers, List.of(topics));
    }

    private void poll() {
        try {
            while (running) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                    received.add(new ReceivedEvent(record.topic(), record.key(), headers,
                            record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poller up
        } finally {
            consumer.close();
        }
    }

    public List<ReceivedEvent> all() {
        return List.copyOf(received);
    }

    public List<ReceivedEvent> matching(Predicate<ReceivedEvent> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Waits up to 20 s for a record of this CloudEvents type with this key and returns the first one. */
    public ReceivedEvent awaitEvent(String type, String key) {
        Predicate<ReceivedEvent> wanted = e -> type.equals(e.type()) && key.equals(e.key());
        await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(wanted));
        return matching(wanted).getFirst();
    }

    /** Waits up to 20 s for a record on this topic that the filter accepts. */
    public ReceivedEvent awaitOn(String topic, Predicate<ReceivedEvent> filter) {
        Predicate<ReceivedEvent> wanted = e -> topic.equals(e.topic()) && filter.test(e);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(wanted));
        return matching(wanted).getFirst();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
