package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.platform.events.EventJson;

/**
 * A webhook's body: the event as a CloudEvents 1.0 JSON document (structured mode), its {@code data} the payload
 * exactly as on Kafka.
 */
final class CloudEventBody {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private CloudEventBody() {
    }

    static String of(EventType<?> type, IntegrationEvent event) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + event.eventId() + "\",\"source\":\"/sehat/" + producer(type.topic())
                + "\",\"type\":\"" + type.name() + "\",\"subject\":\"" + event.requestId() + "\",\"time\":\""
                + event.occurredAt() + "\",\"datacontenttype\":\"application/json\",\"data\":"
                + EventJson.write(event) + "}";
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
