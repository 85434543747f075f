package ir.saorg.sehat.events.example;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeExpired;
import ir.saorg.sehat.events.code.CodeIssued;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The downstream example, run against a real in-process broker with the contract's own examples as traffic. */
class CodeEventsSubscriberTest {

    @Test
    void appliesEachKnownCodeEventOnceAndSkipsTypesItDoesNotKnow() throws Exception {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.CODE_EVENTS);
        broker.afterPropertiesSet();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer());
             var subscriber = new CodeEventsSubscriber(broker.getBrokersAsString(), "downstream-example")) {
            send(producer, EventTypes.CODE_ISSUED.name(), "11111111-1111-4111-8111-111111111111", example(EventTypes.CODE_ISSUED));
            send(producer, EventTypes.CODE_ISSUED.name(), "11111111-1111-4111-8111-111111111111", example(EventTypes.CODE_ISSUED));
            send(producer, "ir.saorg.sehat.code.revoked.v9", "22222222-2222-4222-8222-222222222222", "{\"future\": true}");
            send(producer, EventTypes.CODE_EXPIRED.name(), "33333333-3333-4333-8333-333333333333", example(EventTypes.CODE_EXPIRED));

            List<IntegrationEvent> applied = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                applied.addAll(subscriber.poll(Duration.ofMillis(200)));
                return applied.size() >= 2;
            });
            applied.addAll(subscriber.poll(Duration.ofMillis(500)));

            assertThat(applied).hasSize(2);
            assertThat(applied.get(0)).isInstanceOfSatisfying(CodeIssued.class,
                    issued -> assertThat(issued.maskedNationalId()).isEqualTo("049*****99"));
            assertThat(applied.get(1)).isInstanceOf(CodeExpired.class);
        } finally {
            broker.destroy();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String type, String id, String json) throws Exception {
        var record = new ProducerRecord<>(Topics.CODE_EVENTS, null, "9b2f4c1e-6d3a-4b8e-a1f0-3c5d7e9f2a11",
                json.getBytes(StandardCharsets.UTF_8), List.of(
                new RecordHeader("ce_id", id.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", type.getBytes(StandardCharsets.UTF_8))));
        producer.send(record).get();
    }

    private static String example(EventType<?> type) throws IOException {
        try (InputStream in = CodeEventsSubscriberTest.class.getResourceAsStream(type.exampleResource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
