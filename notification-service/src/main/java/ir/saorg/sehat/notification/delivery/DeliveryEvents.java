package ir.saorg.sehat.notification.delivery;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.notification.NotificationFailed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events that tell request-service how a staff-facing delivery ended; none for webhooks. */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    public static List<IntegrationEvent> delivered(Delivery delivery, Instant at) {
        if (!delivery.announces()) {
            return List.of();
        }
        return List.of(new NotificationDelivered(UUID.randomUUID(), at, UUID.fromString(delivery.requestId()),
                UUID.fromString(delivery.id()), delivery.subject(), delivery.channel().name(), at,
                UUID.fromString(delivery.eventId()), delivery.recipient()));
    }

    public static List<IntegrationEvent> failed(Delivery delivery, Instant at, NotificationFailed.Reason reason,
                                                int attempts) {
        if (!delivery.announces()) {
            return List.of();
        }
        return List.of(new NotificationFailed(UUID.randomUUID(), at, UUID.fromString(delivery.requestId()),
                UUID.fromString(delivery.id()), delivery.subject(), delivery.channel().name(), reason, attempts, at,
                UUID.fromString(delivery.eventId()), delivery.recipient()));
    }
}
