package ir.saorg.sehat.events.notification;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification about a request could not be delivered on one channel and notification-service has stopped
 * trying. Other channels of the same notification may still have reached the recipient.
 *
 * @param notificationId the notification's id in notification-service (one per event, channel and recipient)
 * @param subject        what the notification would have reported, e.g. {@code CODE_ISSUED}
 * @param channel        the channel that failed: {@code EMAIL} or {@code SMS}
 * @param reason         why it stopped
 * @param attempts       how many times sending was tried
 * @param failedAt       when it gave up
 * @param causeEventId   the event the notification would have reported (optional)
 * @param recipient      whom it was for: the staff member's subject, or {@code operators} (optional)
 */
public record NotificationFailed(UUID eventId, Instant occurredAt, UUID requestId, UUID notificationId,
                                 String subject, String channel, Reason reason, int attempts, Instant failedAt,
                                 UUID causeEventId, String recipient) implements IntegrationEvent {

    /** Why a notification was given up. */
    public enum Reason {
        /** The server refused it for good (an address that does not exist, a number the provider rejects). */
        UNDELIVERABLE,
        /** Every attempt within the channel's retry period failed (server down, timeouts). */
        RETRIES_EXHAUSTED
    }
}
