package ir.saorg.sehat.platform.outbox;

import java.util.concurrent.CompletableFuture;

/** Publishes pending events to the broker. */
@FunctionalInterface
public interface EventPublisher {

    /** Publishes one event and returns only once the broker acknowledged it; throws if it did not. */
    void publish(PendingEvent event) throws Exception;

    /**
     * Starts publishing one event and returns at once; the result completes when the broker acknowledged it, or
     * exceptionally when it did not. Events started one after another for the same key keep their order. This
     * default publishes before it returns.
     */
    default CompletableFuture<Void> publishAsync(PendingEvent event) {
        try {
            publish(event);
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Connects ahead of the first event, so that a service is ready to publish before it reports ready. */
    default void connect() {
    }
}
