package ir.saorg.sehat.notification.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One target's isolation: its bulkhead bounds how many sends to it run at once (the dispatcher holds a permit around
 * each send and queues the rest per target), and its circuit breaker stops calling a target that keeps failing or
 * answering slowly, so its deliveries fail at once and wait for their back-off. A refusal counts as the target working.
 */
public final class GuardedSending {

    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;

    public GuardedSending(CircuitBreaker breaker, Bulkhead bulkhead) {
        this.breaker = breaker;
        this.bulkhead = bulkhead;
    }

    public Bulkhead bulkhead() {
        return bulkhead;
    }

    public SendOutcome send(Supplier<SendOutcome> call) {
        if (!breaker.tryAcquirePermission()) {
            return new SendOutcome.Failed("circuit breaker " + breaker.getName() + " is open");
        }
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            outcome = call.get();
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            return new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        long took = System.nanoTime() - started;
        if (outcome instanceof SendOutcome.Failed failed) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new TargetFailure(failed.error()));
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
        return outcome;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** A failed send, as the circuit breaker records it. */
    public static final class TargetFailure extends RuntimeException {

        public TargetFailure(String message) {
            super(message, null, false, false);
        }
    }
}
