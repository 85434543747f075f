package ir.saorg.sehat.platform.outbox;

/** Publishes one pending event and returns only once the broker acknowledged it; throws if it did not. */
@FunctionalInterface
public interface EventPublisher {

    void publish(PendingEvent event) throws Exception;

    /** Connects ahead of the first event, so that a service is ready to publish before it reports ready. */
    default void connect() {
    }
}
