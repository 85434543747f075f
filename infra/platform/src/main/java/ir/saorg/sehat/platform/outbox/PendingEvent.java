package ir.saorg.sehat.platform.outbox;

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
 */
public record PendingEvent(String eventId, String type, String topic, String key, String source, String time,
                           String payload) {
}
