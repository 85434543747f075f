package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of active subscriptions never hides a subscription registered on this instance. */
class ActiveSubscriptionsTest {

    static final String TYPE = "ir.saorg.sehat.code.issued.v1";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
    final SlowStore store = new SlowStore();
    final ActiveSubscriptions active = new ActiveSubscriptions(store, clock, Duration.ofSeconds(2));

    /** Subscriptions in memory; a read can be held half-way, after it has taken what was stored. */
    static final class SlowStore extends InMemorySubscriptions {
        volatile CountDownLatch readTaken = new CountDownLatch(0);
        volatile CountDownLatch letReadFinish = new CountDownLatch(0);

        @Override
        public List<Subscription> active() {
            List<Subscription> taken = super.active();
            readTaken.countDown();
            try {
                letReadFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return taken;
        }
    }

    static Subscription subscription(String id) {
        return new Subscription(id, "https://hooks.example/" + id, Set.of(TYPE), "whsec_x", null, "admin",
                Instant.parse("2026-12-06T07:00:00Z"), true, 1);
    }

    @Test
    void aSubscriptionRegisteredWhileTheCacheIsBeingReadIsSeenByTheNextFanOut() throws Exception {
        store.insert(subscription("first"));
        store.readTaken = new CountDownLatch(1);
        store.letReadFinish = new CountDownLatch(1);
        CompletableFuture<List<Subscription>> slowRead = CompletableFuture.supplyAsync(() -> active.wanting(TYPE));
        assertThat(store.readTaken.await(10, TimeUnit.SECONDS)).isTrue();

        store.insert(subscription("second"));
        active.changed();
        store.letReadFinish.countDown();
        assertThat(slowRead.get(10, TimeUnit.SECONDS)).extracting(Subscription::id).containsExactly("first");

        assertThat(active.wanting(TYPE)).extracting(Subscription::id).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void readsTheStoreAgainOnlyWhenItsCopyIsOlderThanItsFreshnessOrSomethingChanged() {
        store.insert(subscription("first"));
        assertThat(active.wanting(TYPE)).hasSize(1);
        store.insert(subscription("elsewhere"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(active.wanting(TYPE)).as("another instance's change, not yet seen").hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(active.wanting(TYPE)).hasSize(2);
        store.insert(subscription("here"));
        active.changed();
        assertThat(active.wanting(TYPE)).hasSize(3);
    }
}
