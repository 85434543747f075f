package ir.saorg.sehat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification on one channel to one recipient. Its id is derived from (event, channel, recipient), so a repeated
 * event finds the record it made the first time instead of making another.
 *
 * @param id            the delivery id: the SMTP Message-ID, the SMS client reference and the webhook's delivery header
 * @param eventId       the event it reports
 * @param eventType     that event's CloudEvents type
 * @param requestId     the request the event belongs to
 * @param subject       what it reports (a notification subject, or the event type for webhooks)
 * @param channel       how it travels
 * @param recipient     whom it is for: a staff member's subject, {@code operators}, {@code mailbox:<address>}, or a
 *                      webhook subscription's id
 * @param address       where it goes: an e-mail address, a mobile number, a URL
 * @param content       what it sends
 * @param announces     whether request-service hears of it (NotificationDelivered / NotificationFailed)
 * @param state         where it stands
 * @param attempts      how many sends were tried
 * @param createdAt     when it was recorded
 * @param nextAttemptAt when a PENDING or FAILED delivery is due
 * @param leaseToken    the token of the record's current state, unique: every change replaces it and is made only if the
 *                      token is still the one read (compare and set); while SENDING it is the sending worker's claim
 * @param leaseUntil    when a SENDING delivery's claim runs out
 * @param sentAt        when the server accepted it
 * @param reference     the provider's reference (SMS message id), if any
 * @param lastError     why the last attempt failed
 */
public record Delivery(String id, String eventId, String eventType, String requestId, String subject, Channel channel,
                       String recipient, String address, Content content, boolean announces, DeliveryState state,
                       int attempts, Instant createdAt, Instant nextAttemptAt, String leaseToken, Instant leaseUntil,
                       Instant sentAt, String reference, String lastError) {

    /** The id of the one delivery an event may cause on a channel for a recipient. */
    public static String idFor(UUID eventId, Channel channel, String recipient) {
        return idFor(eventId.toString(), channel.name(), recipient);
    }

    public static String idFor(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A new delivery, already claimed by the worker that records it so that it can be sent at once; its token is the
     * claim's, made unique by the delivery's id.
     */
    public static Delivery claimedOnCreation(String id, String eventId, String eventType, String requestId,
                                             String subject, Channel channel, String recipient, String address,
                                             Content content, boolean announces, Instant now, String claimToken,
                                             Instant leaseUntil) {
        return new Delivery(id, eventId, eventType, requestId, subject, channel, recipient, address, content, announces,
                DeliveryState.SENDING, 0, now, now, claimToken + ":" + id, leaseUntil, null, null, null);
    }

    /** The same delivery carrying other content (a store keeps a webhook's body apart and puts it back on reading). */
    public Delivery withContent(Content other) {
        return new Delivery(id, eventId, eventType, requestId, subject, channel, recipient, address, other, announces,
                state, attempts, createdAt, nextAttemptAt, leaseToken, leaseUntil, sentAt, reference, lastError);
    }

    public Delivery claimed(String token, Instant until) {
        return new Delivery(id, eventId, eventType, requestId, subject, channel, recipient, address, content, announces,
                DeliveryState.SENDING, attempts, createdAt, nextAttemptAt, token, until, sentAt, reference, lastError);
    }
}
