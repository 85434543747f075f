package ir.saorg.sehat.console.deadletters;

import java.time.Instant;

/**
 * What an administrator did with a dead letter, kept as its audit record: replayed onto its source topic, or
 * discarded with a reason. At most one per dead letter; a replayed record that fails again comes back as a new one.
 */
public record DeadLetterAction(String id, String topic, int partition, long offset, Kind kind, String by,
                               String byName, Instant at, String reason, String eventType, String eventId) {

    public enum Kind { REPLAYED, DISCARDED }
}
