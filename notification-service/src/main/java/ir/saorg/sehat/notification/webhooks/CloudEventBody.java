package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.platform.events.EventJson;

import java.util.List;

/**
 * A webhook's body: the event as a CloudEvents 1.0 JSON document (structured mode), its {@code data} the payload
 * exactly as on Kafka; or, for a subscriber that takes batches, several such events in one JSON array (batched mode).
 */
final class CloudEventBody {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    static final String BATCH_CONTENT_TYPE = "application/cloudevents-batch+json; charset=utf-8";
    /** CloudEvents extension attributes that mark each event of a batch with what single POSTs carry in headers. */
    static final String DELIVERY_ID_ATTRIBUTE = "sehatdeliveryid";
    static final String ATTEMPT_ATTRIBUTE = "sehatattempt";

    private CloudEventBody() {
    }

    static String of(EventType<?> type, IntegrationEvent event) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + event.eventId() + "\",\"source\":\"/sehat/" + producer(type.topic())
                + "\",\"type\":\"" + type.name() + "\",\"subject\":\"" + event.requestId() + "\",\"time\":\""
                + event.occurredAt() + "\",\"datacontenttype\":\"application/json\",\"data\":"
                + EventJson.write(event) + "}";
    }

    /**
     * Deliveries' events as one CloudEvents batch (JSON batch format: an array of events), each event with its
     * delivery id and attempt number as extension attributes, since the request's headers cannot tell them apart.
     */
    static String batch(List<Delivery> deliveries) {
        StringBuilder out = new StringBuilder(deliveries.size() * (deliveries.getFirst().content().text().length() + 90));
        out.append('[');
        for (Delivery delivery : deliveries) {
            String event = delivery.content().text();
            if (!event.startsWith("{\"")) {
                throw new IllegalArgumentException("delivery " + delivery.id() + " does not carry a CloudEvent");
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"").append(DELIVERY_ID_ATTRIBUTE).append("\":\"").append(delivery.id()).append("\",\"")
                    .append(ATTEMPT_ATTRIBUTE).append("\":").append(delivery.attempts() + 1).append(',')
                    .append(event, 1, event.length());
        }
        return out.append(']').toString();
    }

    private static String producer(String topic) {
        return switch (topic) {
            case Topics.REQUEST_EVENTS -> "request-service";
            case Topics.PAYMENT_EVENTS -> "payment-service";
            case Topics.CODE_EVENTS -> "code-service";
            default -> "notification-service";
        };
    }
}
