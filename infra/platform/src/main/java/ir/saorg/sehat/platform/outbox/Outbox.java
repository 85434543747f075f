package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.events.EventJson;
import org.bson.Document;

import java.util.List;

/**
 * Turns integration events into {@link PendingEvent}s for a document's outbox, and tells the relay when there is
 * something new. The caller writes the pending event in the same atomic update as its state change; nothing here
 * talks to Kafka.
 */
public class Outbox {

    /** The field every outbox-bearing document keeps its pending events in. */
    public static final String FIELD = "outbox";

    private final String source;
    private final OutboxRelay relay;
    private final OutboxTracing tracing;

    public Outbox(String serviceName, OutboxRelay relay) {
        this(serviceName, relay, OutboxTracing.NONE);
    }

    public Outbox(String serviceName, OutboxRelay relay, OutboxTracing tracing) {
        this.source = "/sehat/" + serviceName;
        this.relay = relay;
        this.tracing = tracing;
    }

    /** The event as it waits in the outbox, with the trace of the write that causes it. */
    public PendingEvent pending(IntegrationEvent event) {
        var type = EventTypes.of(event.getClass());
        return new PendingEvent(event.eventId().toString(), type.name(), type.topic(), event.requestId().toString(),
                source, event.occurredAt().toString(), EventJson.write(event), tracing.capture());
    }

    /**
     * The events as a document's outbox stores them. Call on the thread of the write that causes them: it carries the
     * trace each keeps.
     */
    public List<Document> pendingDocuments(List<IntegrationEvent> events) {
        return events.stream().map(event -> pending(event).toDocument()).toList();
    }

    /** Call after a write that added pending events to a document, so the relay publishes them now. */
    public void written(String collection, Object documentId) {
        relay.wake(collection, documentId);
    }
}
