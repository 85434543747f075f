package ir.saorg.sehat.notification.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.notification.NotificationFailed;
import ir.saorg.sehat.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of one delivery's life: claimed before sending, settled once, retried with back-off, given up visibly. */
class DispatchingTest {

    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(60);

    final MutableClock clock = new MutableClock(START);
    final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    final ScriptedSender sender = new ScriptedSender();
    final Dispatching dispatching = dispatchingThrough(sender);

    /** Sends through one sender on the calling thread, retrying after 5 s doubling to 10 min, for a day. */
    Dispatching dispatchingThrough(ChannelSender through) {
        return new Dispatching(deliveries, List.of(through), Map.of(Channel.EMAIL,
                new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofHours(24))), clock, LEASE,
                Runnable::run, 16);
    }

    /** A sender that answers as told and remembers what it was asked to send. */
    static class ScriptedSender implements ChannelSender {
        final Deque<SendOutcome> answers = new ArrayDeque<>();
        final List<String> sent = new ArrayList<>();
        final Bulkhead bulkhead = Bulkhead.of("smtp", BulkheadConfig.custom().maxConcurrentCalls(1)
                .maxWaitDuration(Duration.ZERO).build());

        @Override
        public Bulkhead bulkhead(Delivery delivery) {
            return bulkhead;
        }

        @Override
        public int queueLimit(Bulkhead bulkhead) {
            return 1;
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public SendOutcome send(Delivery delivery) {
            sent.add(delivery.id());
            return answers.isEmpty() ? new SendOutcome.Sent("250 OK") : answers.poll();
        }
    }

    /** A sender whose target takes up to two deliveries in one request. */
    static class BatchingSender extends ScriptedSender {
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public int queueLimit(Bulkhead bulkhead) {
            return 10;
        }

        @Override
        public int batchLimit(Delivery delivery) {
            return 2;
        }

        @Override
        public SendOutcome sendAll(List<Delivery> deliveries) {
            batches.add(deliveries.stream().map(Delivery::id).toList());
            return answers.isEmpty() ? new SendOutcome.Sent("HTTP 204") : answers.poll();
        }

        @Override
        public SendOutcome send(Delivery delivery) {
            batches.add(List.of(delivery.id()));
            return super.send(delivery);
        }
    }

    Delivery recorded() {
        return recorded(dispatching, true);
    }

    Delivery recorded(Dispatching by, boolean announces) {
        Dispatching.Claim claim = by.newClaim();
        Delivery delivery = Delivery.claimedOnCreation(Delivery.idFor(UUID.randomUUID(), Channel.EMAIL, "staff.ut"),
                UUID.randomUUID().toString(), "ir.saorg.sehat.code.issued.v1", UUID.randomUUID().toString(),
                "CODE_ISSUED", Channel.EMAIL, "staff.ut", "z.kazemi@ut.ac.ir", new Content("t", "<p>h</p>", "t"),
                announces, claim.now(), claim.token(), claim.until());
        List<Delivery> inserted = deliveries.insertNew(List.of(delivery));
        assertThat(inserted).hasSize(1);
        return delivery;
    }

    @Test
    void sendsOnceAndAnnouncesTheDeliveryInTheSameWrite() {
        Delivery delivery = recorded();
        dispatching.sendClaimed(List.of(delivery));

        assertThat(deliveries.byId(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
        assertThat(deliveries.events).singleElement().isInstanceOfSatisfying(NotificationDelivered.class, e -> {
            assertThat(e.notificationId().toString()).isEqualTo(delivery.id());
            assertThat(e.channel()).isEqualTo("EMAIL");
            assertThat(e.recipient()).isEqualTo("staff.ut");
        });
        clock.advance(Duration.ofHours(2));
        assertThat(dispatching.sendDue(10)).isZero();
        assertThat(sender.sent).hasSize(1);
    }

    @Test
    void aRepeatedEventRecordsNothingNewAndSoSendsNothing() {
        Delivery delivery = recorded();
        dispatching.sendClaimed(deliveries.insertNew(List.of(delivery)));

        assertThat(sender.sent).isEmpty();
    }

    @Test
    void retriesAFailureWithGrowingPausesAndGivesUpVisiblyAfterADay() {
        Delivery delivery = recorded();
        for (int i = 0; i < 400; i++) {
            sender.answers.add(new SendOutcome.Failed("421 try later"));
        }
        dispatching.sendClaimed(List.of(delivery));
        assertThat(deliveries.byId(delivery.id()).orElseThrow().nextAttemptAt()).isEqualTo(START.plusSeconds(5));

        clock.advance(Duration.ofSeconds(4));
        assertThat(dispatching.sendDue(10)).as("not due before its pause").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatching.sendDue(10)).isOne();
        assertThat(deliveries.byId(delivery.id()).orElseThrow().nextAttemptAt())
                .isEqualTo(clock.instant().plusSeconds(10));

        while (deliveries.byId(delivery.id()).orElseThrow().state() == DeliveryState.FAILED) {
            clock.set(deliveries.byId(delivery.id()).orElseThrow().nextAttemptAt());
            dispatching.sendDue(10);
        }
        Delivery gaveUp = deliveries.byId(delivery.id()).orElseThrow();
        assertThat(gaveUp.state()).isEqualTo(DeliveryState.GIVEN_UP);
        assertThat(clock.instant()).isBefore(START.plus(Duration.ofHours(24)));
        assertThat(sender.sent.size()).as("5 s doubling to 10 min over a day").isBetween(140, 160);
        assertThat(deliveries.events).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                e -> assertThat(e.reason()).isEqualTo(NotificationFailed.Reason.RETRIES_EXHAUSTED));
    }

    @Test
    void givesUpAtOnceWhenTheServerRefusesForGood() {
        Delivery delivery = recorded();
        sender.answers.add(new SendOutcome.Refused("550 no such user"));
        dispatching.sendClaimed(List.of(delivery));

        assertThat(deliveries.byId(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.GIVEN_UP);
        assertThat(deliveries.events).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                e -> assertThat(e.reason()).isEqualTo(NotificationFailed.Reason.UNDELIVERABLE));
    }

    @Test
    void sendsAgainWithTheSameIdWhenTheWorkerDiedBetweenSendingAndRecording() {
        Delivery delivery = recorded();
        // The worker that recorded it died before its result was written: the record stays SENDING.
        clock.advance(LEASE.minusSeconds(1));
        assertThat(dispatching.sendDue(10)).as("its lease still runs").isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(dispatching.sendDue(10)).isOne();

        assertThat(sender.sent).containsExactly(delivery.id());
        assertThat(deliveries.byId(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void aWorkerWhoseClaimWasTakenOverCannotSettleTheDelivery() {
        Delivery delivery = recorded();
        clock.advance(LEASE.plusSeconds(1));
        List<Delivery> takenOver = deliveries.claimDue(clock.instant(), LEASE, 10);
        assertThat(takenOver).hasSize(1);

        assertThat(deliveries.recordSent(delivery, clock.instant(), "late", List.of())).isFalse();
        assertThat(deliveries.recordSent(takenOver.getFirst(), clock.instant(), "250", List.of())).isTrue();
    }

    @Test
    void aBusyTargetQueuesAFewAndPutsTheRestBackWithoutCountingAnAttempt() {
        Delivery first = recorded();
        Delivery second = recorded();
        assertThat(sender.bulkhead.tryAcquirePermission()).as("a send to the target is under way").isTrue();
        dispatching.sendClaimed(List.of(first, second));

        assertThat(deliveries.byId(first.id()).orElseThrow().state()).as("queued behind it").isEqualTo(DeliveryState.SENDING);
        Delivery back = deliveries.byId(second.id()).orElseThrow();
        assertThat(back.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(back.attempts()).isZero();
        assertThat(sender.sent).isEmpty();

        sender.bulkhead.onComplete();
        clock.advance(Duration.ofSeconds(1));
        dispatching.sendDue(10);
        assertThat(deliveries.byId(second.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
        assertThat(deliveries.byId(first.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void aTargetThatTakesBatchesGetsWhatIsWaitingForItInOneRequestAndEachDeliveryIsSettled() {
        BatchingSender batching = new BatchingSender();
        Dispatching lanes = dispatchingThrough(batching);
        List<Delivery> waiting = List.of(recorded(lanes, false), recorded(lanes, false), recorded(lanes, true));
        assertThat(batching.bulkhead.tryAcquirePermission()).as("a send to the target is under way").isTrue();
        lanes.sendClaimed(waiting);
        assertThat(batching.batches).as("all three wait for the one permit").isEmpty();

        batching.bulkhead.onComplete();
        Delivery last = recorded(lanes, false);
        lanes.sendClaimed(List.of(last));

        assertThat(batching.batches).containsExactly(List.of(waiting.get(0).id(), waiting.get(1).id()),
                List.of(waiting.get(2).id()), List.of(last.id()));
        for (Delivery delivery : List.of(waiting.get(0), waiting.get(1), waiting.get(2), last)) {
            assertThat(deliveries.byId(delivery.id()).orElseThrow()).satisfies(d -> {
                assertThat(d.state()).isEqualTo(DeliveryState.SENT);
                assertThat(d.attempts()).isEqualTo(1);
            });
        }
        assertThat(deliveries.events).as("only the one that announces its delivery").singleElement()
                .isInstanceOfSatisfying(NotificationDelivered.class,
                        e -> assertThat(e.notificationId().toString()).isEqualTo(waiting.get(2).id()));
    }

    @Test
    void aBatchTheTargetRefusesIsRetriedDeliveryByDelivery() {
        BatchingSender batching = new BatchingSender();
        Dispatching lanes = dispatchingThrough(batching);
        List<Delivery> waiting = List.of(recorded(lanes, false), recorded(lanes, false));
        assertThat(batching.bulkhead.tryAcquirePermission()).isTrue();
        lanes.sendClaimed(waiting);
        batching.bulkhead.onComplete();
        batching.answers.add(new SendOutcome.Failed("HTTP 503"));
        Delivery nudge = recorded(lanes, false);
        lanes.sendClaimed(List.of(nudge));

        assertThat(batching.batches.getFirst()).containsExactly(waiting.get(0).id(), waiting.get(1).id());
        for (Delivery delivery : waiting) {
            assertThat(deliveries.byId(delivery.id()).orElseThrow()).satisfies(d -> {
                assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
                assertThat(d.attempts()).isEqualTo(1);
                assertThat(d.lastError()).isEqualTo("HTTP 503");
                assertThat(d.nextAttemptAt()).isEqualTo(START.plusSeconds(5));
            });
        }
        assertThat(deliveries.byId(nudge.id()).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void backOffDoublesUpToItsLongestPause() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(24));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofSeconds(1024));
        assertThat(policy.delayAfter(13)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(500)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.nextAttempt(START, START.plus(Duration.ofHours(23).plusMinutes(30)), 20)).isNull();
    }
}
