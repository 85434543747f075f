package ir.saorg.sehat.console.deadletters;

import java.time.Instant;
import java.util.Map;

/**
 * One record in a dead-letter topic, as an administrator reads it: where it came from, why its handler gave up, its
 * headers, and its payload with personal data masked. {@code handled} is the audited action taken on it, if any.
 */
public record DeadLetter(Coordinates at, Instant deadAt, String key, String source, Integer sourcePartition,
                         Long sourceOffset, String eventType, String eventId, String reason, String exception,
                         Map<String, String> headers, String maskedPayload, DeadLetterAction handled) {

    public boolean pending() {
        return handled == null;
    }

    /** Where a dead letter lies: its topic, partition and offset, which together name it. */
    public record Coordinates(String topic, int partition, long offset) {

        public String id() {
            return topic + "/" + partition + "/" + offset;
        }
    }
}
