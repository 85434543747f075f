package ir.saorg.sehat.notification.delivery.web;

import ir.saorg.sehat.notification.delivery.Delivery;

import java.time.Instant;

/** A delivery as operators see it: its state and history, not its address or content. */
public record DeliveryView(String id, String eventId, String eventType, String requestId, String subject,
                           String channel, String recipient, String state, int attempts, Instant createdAt,
                           Instant nextAttemptAt, Instant sentAt, String lastError) {

    public static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.requestId(), d.subject(), d.channel().name(),
                d.recipient(), d.state().name(), d.attempts(), d.createdAt(),
                d.state().name().equals("SENT") || d.state().name().equals("GIVEN_UP") ? null : d.nextAttemptAt(),
                d.sentAt(), d.lastError());
    }
}
