package ir.saorg.sehat.platform.outbox;

import brave.Tracing;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox carries the writer's trace to Kafka although the relay publishes later on its own thread: the trace is
 * stored with the pending event and the record goes out with a W3C traceparent of the same trace.
 */
class OutboxTracingTest {

    private final ThreadLocalCurrentTraceContext context = ThreadLocalCurrentTraceContext.newBuilder().build();
    private final Tracing brave = Tracing.newBuilder().currentTraceContext(context).traceId128Bit(true)
            .propagationFactory(new W3CPropagation()).build();
    private final Tracer tracer = new BraveTracer(brave.tracer(), new BraveCurrentTraceContext(context));
    private final OutboxTracing tracing = new OutboxTracing(tracer, new BravePropagator(brave));

    @AfterEach
    void close() {
        brave.close();
    }

    @Test
    void storesTheWritersTraceWithThePendingEvent() {
        Span request = tracer.nextSpan().name("POST /api/v1/requests").start();
        Map<String, String> stored;
        try (var ignored = tracer.withSpan(request)) {
            stored = tracing.capture();
        } finally {
            request.end();
        }

        assertThat(stored.get("traceparent"))
                .isEqualTo("00-" + request.context().traceId() + "-" + request.context().spanId() + "-01");
    }

    @Test
    void storesNothingOutsideATrace() {
        assertThat(tracing.capture()).isEmpty();
        assertThat(OutboxTracing.NONE.capture()).isEmpty();
    }

    @Test
    void publishesTheRecordAsAChildOfTheWritersTraceFromAnotherThread() throws Exception {
        Span request = tracer.nextSpan().name("POST /api/v1/requests").start();
        Map<String, String> stored;
        try (var ignored = tracer.withSpan(request)) {
            stored = tracing.capture();
        }
        request.end();
        var producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        var publisher = new KafkaEventPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)),
                Duration.ofSeconds(5), "sehat.request.events", tracing);
        var event = new PendingEvent("e-1", "ir.saorg.sehat.request.submitted.v1", "sehat.request.events", "r-1",
                "/sehat/request-service", "2026-12-02T04:00:00Z", "{}", stored);

        Thread relay = Thread.ofPlatform().start(() -> {
            try {
                publisher.publish(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        relay.join();

        ProducerRecord<String, byte[]> sent = producer.history().getFirst();
        String traceparent = new String(sent.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        String[] fields = traceparent.split("-");
        assertThat(fields[1]).as("the writer's trace").isEqualTo(request.context().traceId());
        assertThat(fields[2]).as("the relay's own span, a child of the writer's").isNotEqualTo(request.context().spanId());
        assertThat(tracer.currentSpan()).isNull();
    }

    @Test
    void passesStoredHeadersOnAsTheyAreWithoutATracer() throws Exception {
        var producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        var publisher = new KafkaEventPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)),
                Duration.ofSeconds(5), "sehat.request.events");
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        publisher.publish(new PendingEvent("e-2", "t", "sehat.request.events", "r-2", "/s", "2026-12-02T04:00:00Z",
                "{}", Map.of("traceparent", traceparent)));

        assertThat(new String(producer.history().getFirst().headers().lastHeader("traceparent").value(),
                StandardCharsets.UTF_8)).isEqualTo(traceparent);
    }
}
