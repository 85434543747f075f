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
 */
public record Subscription(String id, String url, Set<String> eventTypes, String secret, String description,
                           String createdBy, Instant createdAt, boolean active) {

    public Subscription {
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return active && eventTypes.contains(eventType);
    }
}
