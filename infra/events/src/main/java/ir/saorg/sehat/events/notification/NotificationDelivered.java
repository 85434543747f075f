package ir.saorg.sehat.events.notification;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification about a request reached its recipient on one channel. For a {@code CODE_ISSUED} notification this
 * is the moment the agreement calls "the initial result is announced".
 *
 * @param notificationId the notification's id in notification-service
 * @param subject        what the notification reported, e.g. {@code CODE_ISSUED}
 * @param channel        how it was delivered, e.g. {@code IN_APP}
 * @param deliveredAt    when it was delivered
 */
public record NotificationDelivered(UUID eventId, Instant occurredAt, UUID requestId, UUID notificationId,
                                    String subject, String channel, Instant deliveredAt) implements IntegrationEvent {
}
