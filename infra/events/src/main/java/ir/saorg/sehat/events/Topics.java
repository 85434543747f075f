package ir.saorg.sehat.events;

/** The Kafka topics, one per producing service, each keyed by request id. */
public final class Topics {

    public static final String REQUEST_EVENTS = "sehat.request.events";
    public static final String PAYMENT_EVENTS = "sehat.payment.events";
    public static final String CODE_EVENTS = "sehat.code.events";
    public static final String NOTIFICATION_EVENTS = "sehat.notification.events";

    private Topics() {
    }
}
