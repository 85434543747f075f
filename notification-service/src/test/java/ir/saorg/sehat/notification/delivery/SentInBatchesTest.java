package ir.saorg.sehat.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Accepted webhook sends are recorded in shared writes, each still only under its own claim. */
class SentInBatchesTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    /** Remembers each write's size; the first write may be held open so that others queue behind it. */
    static final class WatchedDeliveries extends InMemoryDeliveries {
        final List<Integer> writes = new CopyOnWriteArrayList<>();
        final CountDownLatch firstWriteMayFinish = new CountDownLatch(1);
        final AtomicBoolean first = new AtomicBoolean(true);
        volatile RuntimeException failWith;

        @Override
        public Set<String> recordAllSent(List<Sent> sent) {
            writes.add(sent.size());
            if (first.getAndSet(false)) {
                try {
                    firstWriteMayFinish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failWith != null) {
                throw failWith;
            }
            return super.recordAllSent(sent);
        }
    }

    final WatchedDeliveries deliveries = new WatchedDeliveries();
    final SentInBatches batches = new SentInBatches(deliveries);

    Delivery recorded() {
        Delivery delivery = Delivery.claimedOnCreation(Delivery.idFor(UUID.randomUUID(), Channel.WEBHOOK, "sub-1"),
                UUID.randomUUID().toString(), "ir.saorg.sehat.code.expired.v1", UUID.randomUUID().toString(),
                "ir.saorg.sehat.code.expired.v1", Channel.WEBHOOK, "sub-1", "http://127.0.0.1:9/hook",
                new Content("t", null, "{}"), false, NOW, "claim:" + UUID.randomUUID(), NOW.plusSeconds(60));
        assertThat(deliveries.insertNew(List.of(delivery))).hasSize(1);
        return delivery;
    }

    @Test
    void sendsThatFinishWhileAWriteIsUnderWayAreRecordedTogetherInTheNextWrite() {
        Delivery firstOne = recorded();
        List<Delivery> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            others.add(recorded());
        }
        List<Thread> senders = new ArrayList<>();
        List<Boolean> answers = new CopyOnWriteArrayList<>();
        senders.add(Thread.ofVirtual().start(() -> answers.add(batches.record(firstOne, NOW, "HTTP 204"))));
        await().atMost(Duration.ofSeconds(5)).until(() -> deliveries.writes.size() == 1);
        for (Delivery other : others) {
            senders.add(Thread.ofVirtual().start(() -> answers.add(batches.record(other, NOW, "HTTP 204"))));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> senders.stream().skip(1)
                .allMatch(t -> t.getState() == Thread.State.WAITING));

        deliveries.firstWriteMayFinish.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> senders.stream().noneMatch(Thread::isAlive));
        assertThat(deliveries.writes).containsExactly(1, 20);
        assertThat(answers).hasSize(21).containsOnly(true);
        assertThat(others).allSatisfy(d ->
                assertThat(deliveries.byId(d.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT));
    }

    @Test
    void aDeliveryWhoseClaimWasTakenOverIsNotRecordedEvenInASharedWrite() {
        deliveries.firstWriteMayFinish.countDown();
        Delivery mine = recorded();
        Delivery takenOver = recorded();
        deliveries.release(takenOver, NOW.plusSeconds(1));

        assertThat(batches.record(mine, NOW, "HTTP 204")).isTrue();
        assertThat(batches.record(takenOver, NOW, "HTTP 204")).isFalse();
        assertThat(deliveries.byId(takenOver.id()).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void whenTheWriteFailsEverySenderInItHearsSoAndNothingIsRecorded() {
        deliveries.firstWriteMayFinish.countDown();
        deliveries.failWith = new IllegalStateException("store unavailable");
        Delivery delivery = recorded();

        assertThatThrownBy(() -> batches.record(delivery, NOW, "HTTP 204")).hasMessage("store unavailable");
        assertThat(deliveries.byId(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENDING);
    }
}
