package ir.saorg.sehat.events.notification;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification about a request reached its recipient on one channel. For a {@code CODE_ISSUED} or
 * {@code REQUEST_REJECTED} notification this is the moment the agreement calls "the initial result is announced".
 *
 * @param notificationId the notification's id in notification-service (one per event, channel and recipient)
 * @param subject        what the notification reported, e.g. {@code CODE_ISSUED}
 * @param channel        how it was delivered: {@code IN_APP}, {@code EMAIL} or {@code SMS}
 * @param deliveredAt    when it was delivered
 * @param causeEventId   the event the notification reported (optional within v1)
 * @param recipient      whom it reached: the staff member's subject in the identity provider, or {@code operators}
 *                       (optional within v1)
 */
public record NotificationDelivered(UUID eventId, Instant occurredAt, UUID requestId, UUID notificationId,
                                    String subject, String channel, Instant deliveredAt, UUID causeEventId,
                                    String recipient) implements IntegrationEvent {

    /** A delivery without its cause and recipient (v1 before those fields existed). */
    public NotificationDelivered(UUID eventId, Instant occurredAt, UUID requestId, UUID notificationId, String subject,
                                 String channel, Instant deliveredAt) {
        this(eventId, occurredAt, requestId, notificationId, subject, channel, deliveredAt, null, null);
    }
}
