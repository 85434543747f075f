package ir.saorg.sehat.platform.outbox;

import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event waiting in a document's {@code outbox} array to be published. It is written in the same atomic update as
 * the state change that caused it, and removed only after Kafka acknowledged it.
 *
 * @param eventId the CloudEvents id, equal to the payload's eventId
 * @param type    the CloudEvents type
 * @param topic   the Kafka topic
 * @param key     the Kafka key (the request id)
 * @param source  the CloudEvents source, e.g. {@code /sehat/code-service}
 * @param time    when the fact happened, ISO-8601 text exactly as in the payload (a stored date would lose precision)
 * @param payload the JSON payload
 * @param trace   the trace context of the write that caused it, as propagation headers (W3C {@code traceparent});
 *                empty when the write ran outside a trace. The relay publishes later, on its own thread, and
 *                continues this trace, so that one request can be followed across services
 */
public record PendingEvent(String eventId, String type, String topic, String key, String source, String time,
                           String payload, Map<String, String> trace) {

    public PendingEvent {
        trace = trace == null ? Map.of() : Map.copyOf(trace);
    }

    /** An event written outside any trace. */
    public PendingEvent(String eventId, String type, String topic, String key, String source, String time,
                        String payload) {
        this(eventId, type, topic, key, source, time, payload, Map.of());
    }

    /** As it is stored in a document's outbox array: its fields by name, the trace as a sub-document. */
    public Document toDocument() {
        return new Document("eventId", eventId).append("type", type).append("topic", topic).append("key", key)
                .append("source", source).append("time", time).append("payload", payload)
                .append("trace", new Document(trace));
    }

    /** Reads what {@link #toDocument()} stored (or Spring Data's mapping of this record, which has the same fields). */
    public static PendingEvent fromDocument(Document stored) {
        Map<String, String> trace = new LinkedHashMap<>();
        Document fields = stored.get("trace", Document.class);
        if (fields != null) {
            fields.forEach((name, value) -> trace.put(name, String.valueOf(value)));
        }
        return new PendingEvent(stored.getString("eventId"), stored.getString("type"), stored.getString("topic"),
                stored.getString("key"), stored.getString("source"), stored.getString("time"),
                stored.getString("payload"), trace);
    }
}
