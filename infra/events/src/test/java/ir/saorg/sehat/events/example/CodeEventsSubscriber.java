package ir.saorg.sehat.events.example;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a downstream system (the government service bus, another agency) needs to follow Sehat's codes: a plain Kafka
 * consumer of {@code sehat.code.events} and this contract module, nothing of Spring. See docs/downstream.md.
 *
 * <ul>
 *   <li>route on the {@code ce_type} header, never on the payload's shape, and skip types you do not know;</li>
 *   <li>read payloads with a tolerant reader (new optional fields may appear within a type version);</li>
 *   <li>delivery is at least once: remember {@code ce_id}s you have applied and skip repeats;</li>
 *   <li>commit offsets only after applying, so that a crash replays rather than loses.</li>
 * </ul>
 */
public final class CodeEventsSubscriber implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> applied = new LinkedHashSet<>();

    public CodeEventsSubscriber(String bootstrapServers, String groupId) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.CODE_EVENTS));
    }

    /** Polls once and returns the events applied: known types, each event id once. */
    public List<IntegrationEvent> poll(Duration timeout) {
        List<IntegrationEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            Optional<String> id = header(record, "ce_id");
            Optional<EventType<?>> type = header(record, "ce_type").flatMap(EventTypes::named);
            if (id.isEmpty() || type.isEmpty() || applied.contains(id.get())) {
                continue;
            }
            events.add(JSON.readValue(record.value(), type.get().payload()));
            applied.add(id.get());
        }
        consumer.commitSync();
        return events;
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
