package ir.saorg.sehat.notification.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active subscriptions, read from the store at most once per {@code freshness} (and at once after a change made
 * here), so that fanning out an event does not query the store. Another instance's change is seen within
 * {@code freshness}.
 */
public class ActiveSubscriptions {

    private final Subscriptions subscriptions;
    private final Clock clock;
    private final Duration freshness;
    private final AtomicLong changes = new AtomicLong();
    private volatile List<Subscription> cached = List.of();
    private volatile Instant readAt = Instant.MIN;
    private volatile long readAfterChange = -1;

    public ActiveSubscriptions(Subscriptions subscriptions, Clock clock, Duration freshness) {
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.freshness = freshness;
    }

    public List<Subscription> wanting(String eventType) {
        return current().stream().filter(s -> s.wants(eventType)).toList();
    }

    public Subscription byId(String id) {
        return current().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseGet(() -> subscriptions.find(id).orElse(null));
    }

    /** Called after a change is stored: the next fan-out reads the store again, whatever a read under way returns. */
    public void changed() {
        changes.incrementAndGet();
    }

    private List<Subscription> current() {
        Instant now = clock.instant();
        if (stale(now)) {
            synchronized (this) {
                if (stale(now)) {
                    // Counted before reading, so a change stored while this read is under way leaves the result stale.
                    long change = changes.get();
                    cached = subscriptions.active();
                    readAt = now;
                    readAfterChange = change;
                }
            }
        }
        return cached;
    }

    private boolean stale(Instant now) {
        return readAfterChange != changes.get() || readAt.plus(freshness).isBefore(now);
    }
}
