package ir.saorg.sehat.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off: the n-th failure waits {@code first × 2^(n-1)}, at most {@code longest}; after
 * {@code giveUpAfter} from the delivery's creation no further attempt is made.
 */
public record RetryPolicy(Duration first, Duration longest, Duration giveUpAfter) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry policy needs 0 < first <= longest and giveUpAfter >= 0");
        }
    }

    /** The wait after the {@code failures}-th failed attempt. */
    public Duration delayAfter(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        Duration delay = first;
        for (int i = 0; i < doublings && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** When to try again after the {@code failures}-th failure, or null when the next attempt would come too late. */
    public Instant nextAttempt(Instant createdAt, Instant now, int failures) {
        Instant next = now.plus(delayAfter(failures));
        return next.isAfter(createdAt.plus(giveUpAfter)) ? null : next;
    }
}
