package ir.saorg.sehat.notification.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * A downstream system's webhook.
 *
 * @param id          the subscription's id, also the recipient of its deliveries
 * @param url         where deliveries are POSTed
 * @param eventTypes  the CloudEvents types it receives
 * @param secret      the key of its signatures; shown once, when it is registered
 * @param description what it is, for operators
 * @param createdBy   the administrator who registered it
 * @param createdAt   when
 * @param active      false once deleted: nothing new is sent to it
 * @param maxEventsPerBatch how many events one POST may carry: 1 sends each event alone (a CloudEvent); more lets
 *                    events waiting for this subscriber go together (a CloudEvents batch). Absent in subscriptions
 *                    stored before batches existed, which read as 1.
 */
public record Subscription(String id, String url, Set<String> eventTypes, String secret, String description,
                           String createdBy, Instant createdAt, boolean active, Integer maxEventsPerBatch) {

    public static final int MOST_EVENTS_PER_BATCH = 100;

    public Subscription {
        eventTypes = Set.copyOf(eventTypes);
        maxEventsPerBatch = maxEventsPerBatch == null ? 1 : Math.clamp(maxEventsPerBatch, 1, MOST_EVENTS_PER_BATCH);
    }

    public boolean wants(String eventType) {
        return active && eventTypes.contains(eventType);
    }
}
