package ir.saorg.sehat.notification.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The active subscriptions, read from the store at most once per {@code freshness} (and at once after a change made
 * here), so that fanning out an event does not query the store. Another instance's change is seen within
 * {@code freshness}.
 */
public class ActiveSubscriptions {

    private final Subscriptions subscriptions;
    private final Clock clock;
    private final Duration freshness;
    private volatile List<Subscription> cached = List.of();
    private volatile Instant readAt = Instant.MIN;

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

    public void changed() {
        readAt = Instant.MIN;
    }

    private List<Subscription> current() {
        Instant now = clock.instant();
        if (readAt.plus(freshness).isBefore(now) || readAt == Instant.MIN) {
            synchronized (this) {
                if (readAt.plus(freshness).isBefore(now) || readAt == Instant.MIN) {
                    cached = subscriptions.active();
                    readAt = now;
                }
            }
        }
        return cached;
    }
}
