package ir.saorg.sehat.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.events.CloudEventHeaders;
import ir.saorg.sehat.platform.events.EventJson;
import ir.saorg.sehat.platform.events.UnreadableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one entry point for events arriving from Kafka: reads the CloudEvents headers, skips types this service does
 * not handle and events it has already applied, parses the payload and runs the handler, then records the event as
 * applied. An exception from a handler propagates, so the binder retries and finally dead-letters the message; an
 * unreadable message goes to the dead-letter topic without retries.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final EventHandlers handlers;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public InboundEvents(EventHandlers handlers, ProcessedEvents processed, MeterRegistry meters) {
        this.handlers = handlers;
        this.processed = processed;
        this.meters = meters;
    }

    public void accept(Message<byte[]> message) {
        String type = CloudEventHeaders.require(message.getHeaders(), CloudEventHeaders.TYPE);
        String eventId = CloudEventHeaders.require(message.getHeaders(), CloudEventHeaders.ID);
        var handler = handlers.forType(type);
        if (handler.isEmpty()) {
            count("ignored", type);
            return;
        }
        if (processed.contains(eventId)) {
            log.debug("Skipping {} {}: already applied", type, eventId);
            count("duplicate", type);
            return;
        }
        IntegrationEvent event = EventJson.read(message.getPayload(), handler.get().type().payload());
        if (!eventId.equals(String.valueOf(event.eventId()))) {
            throw new UnreadableEventException("ce_id " + eventId + " differs from payload eventId " + event.eventId());
        }
        handler.get().handle(event);
        processed.record(eventId, type);
        count("applied", type);
    }

    private void count(String outcome, String type) {
        counters.computeIfAbsent(outcome + " " + type, key -> meters.counter("sehat.events.consumed",
                "outcome", outcome, "type", type)).increment();
    }
}
