package ir.saorg.sehat.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries a trace across the outbox. The event is written in the request's (or the consumed event's) thread, while its
 * trace is current, but published later by the relay's own thread, where no trace is current. So the trace context
 * is stored with the pending event ({@link #capture()}, as propagation headers such as W3C {@code traceparent}) and
 * continued when the relay publishes it ({@link #resume(PendingEvent)}): the Kafka record then carries a child of the
 * writer's span, and the consumer's handler logs the same trace id.
 */
public class OutboxTracing {

    /** No tracer: nothing is captured; stored headers are passed on as they are. */
    public static final OutboxTracing NONE = new OutboxTracing(null, null);

    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace as propagation headers; empty outside a trace. */
    public Map<String, String> capture() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        propagator.inject(span.context(), fields, Map::put);
        return fields;
    }

    /**
     * Starts the relay's span for one event as a child of the trace stored with it, current on this thread until the
     * result is closed. Its headers are what the Kafka record carries.
     */
    public Relayed resume(PendingEvent event) {
        if (tracer == null || event.trace().isEmpty()) {
            return new Relayed(event.trace(), () -> { });
        }
        Span span = propagator.extract(event.trace(), Map::get).name("outbox publish")
                .kind(Span.Kind.PRODUCER).tag("messaging.destination.name", event.topic())
                .tag("sehat.event.type", event.type()).start();
        Tracer.SpanInScope scope = tracer.withSpan(span);
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return new Relayed(Map.copyOf(headers), () -> {
            scope.close();
            span.end();
        });
    }

    /** The relay's span while it publishes one event, and the headers that carry it. */
    public record Relayed(Map<String, String> headers, Runnable end) implements AutoCloseable {

        @Override
        public void close() {
            end.run();
        }
    }
}
