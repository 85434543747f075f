package ir.saorg.sehat.notification.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.notification.NotificationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Sends claimed deliveries and records how each attempt ended. A delivery is sent only while this worker holds its
 * claim, and the result is recorded only under that same claim, so two workers never both settle one delivery.
 *
 * <p>Each target (the SMTP server, the SMS provider, each webhook subscriber) has its own lane: as many sends at once
 * as its bulkhead permits, a short queue behind them, and the rest put back in the store untried. A slow or dead
 * target therefore holds only its own lane; the others' deliveries never wait behind it. At most
 * {@code maxInFlight} deliveries are running or queued in this instance.
 *
 * <p>A target that takes batches ({@link ChannelSender#batchLimit}) gets, with each permit, the deliveries already
 * waiting for it in one request; each is still settled under its own claim.
 *
 * <p>Accepted sends that announce nothing (webhooks) are recorded in shared bulk writes ({@link SentInBatches}), each
 * still under its own claim; the others one write each, with their events.
 */
public class Dispatching {

    private static final Logger log = LoggerFactory.getLogger(Dispatching.class);
    private static final Duration PUT_BACK_FOR = Duration.ofSeconds(1);

    private final Deliveries deliveries;
    private final SentInBatches sentInBatches;
    private final Map<Channel, ChannelSender> senders;
    private final Map<Channel, RetryPolicy> policies;
    private final Clock clock;
    private final Duration lease;
    private final Executor executor;
    private final Semaphore room;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final String worker = UUID.randomUUID().toString();
    private volatile Consumer<Delivery> settled = delivery -> { };

    public Dispatching(Deliveries deliveries, List<ChannelSender> senders, Map<Channel, RetryPolicy> policies,
                       Clock clock, Duration lease, Executor executor, int maxInFlight) {
        this.deliveries = deliveries;
        this.sentInBatches = new SentInBatches(deliveries);
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(ChannelSender::channel, s -> s));
        this.policies = Map.copyOf(policies);
        this.clock = clock;
        this.lease = lease;
        this.executor = executor;
        this.room = new Semaphore(maxInFlight);
    }

    /** Lets a test or the benchmark watch settlements. */
    public void onSettled(Consumer<Delivery> listener) {
        this.settled = listener;
    }

    /** A fresh claim for deliveries about to be recorded, so that the recording worker may send them at once. */
    public Claim newClaim() {
        Instant now = clock.instant();
        return new Claim(worker + ":" + UUID.randomUUID(), now, now.plus(lease));
    }

    /** A claim token and its lease. */
    public record Claim(String token, Instant now, Instant until) {
    }

    /** Sends deliveries this worker claimed when it recorded them. */
    public void sendClaimed(List<Delivery> claimed) {
        for (Delivery delivery : claimed) {
            room.acquireUninterruptibly();
            dispatch(delivery);
        }
    }

    /** Claims what is due, as far as there is room, and sends it; returns how many it claimed. */
    public int sendDue(int limit) {
        int free = Math.min(limit, room.availablePermits());
        if (free <= 0) {
            return 0;
        }
        List<Delivery> claimed = deliveries.claimDue(clock.instant(), lease, free);
        sendClaimed(claimed);
        return claimed.size();
    }

    private void dispatch(Delivery delivery) {
        ChannelSender sender = senders.get(delivery.channel());
        if (sender == null) {
            settle(delivery, new SendOutcome.Refused("no sender for " + delivery.channel()));
            room.release();
            return;
        }
        Bulkhead bulkhead = sender.bulkhead(delivery);
        lanes.computeIfAbsent(bulkhead.getName(), name -> new Lane(sender, bulkhead, sender.queueLimit(bulkhead),
                sender.batchLimit(delivery))).offer(delivery);
    }

    /**
     * One target's sends: its bulkhead's permits, and a bounded queue of claimed deliveries waiting for one. A target
     * that takes batches gets, with each permit, what is waiting for it (up to its limit) in one request.
     */
    private final class Lane {

        private final ChannelSender sender;
        private final Bulkhead bulkhead;
        private final int queueLimit;
        private final int batchLimit;
        private final Queue<Delivery> waiting = new ArrayDeque<>();

        Lane(ChannelSender sender, Bulkhead bulkhead, int queueLimit, int batchLimit) {
            this.sender = sender;
            this.bulkhead = bulkhead;
            this.queueLimit = queueLimit;
            this.batchLimit = batchLimit;
        }

        void offer(Delivery delivery) {
            next();
            boolean full;
            synchronized (this) {
                full = waiting.size() >= queueLimit;
                if (!full) {
                    waiting.add(delivery);
                }
            }
            if (full) {
                putBack(delivery);
            } else {
                next();
            }
        }

        private void run(List<Delivery> batch) {
            try {
                executor.execute(() -> {
                    try {
                        attempt(sender, batch);
                    } finally {
                        bulkhead.onComplete();
                        room.release(batch.size());
                        next();
                    }
                });
            } catch (RuntimeException rejected) {
                bulkhead.onComplete();
                room.release(batch.size());
                log.warn("could not start sending {} deliveries to {}; their leases will run out", batch.size(),
                        bulkhead.getName(), rejected);
            }
        }

        private void next() {
            while (true) {
                List<Delivery> batch;
                synchronized (this) {
                    if (waiting.isEmpty() || !bulkhead.tryAcquirePermission()) {
                        return;
                    }
                    batch = takeBatch();
                }
                List<Delivery> fresh = withoutStale(batch);
                if (fresh.isEmpty()) {
                    bulkhead.onComplete();
                    continue;
                }
                run(fresh);
            }
        }

        /** Under the lock: the first waiting delivery and, if the target takes batches, those behind it to its address. */
        private List<Delivery> takeBatch() {
            Delivery first = waiting.poll();
            if (batchLimit <= 1 || waiting.isEmpty()) {
                return List.of(first);
            }
            List<Delivery> batch = new ArrayList<>(Math.min(batchLimit, waiting.size() + 1));
            batch.add(first);
            while (batch.size() < batchLimit && !waiting.isEmpty()
                    && Objects.equals(waiting.peek().address(), first.address())) {
                batch.add(waiting.poll());
            }
            return batch;
        }

        /** Deliveries whose claim would run out soon are not sent: the store hands them out again once it has. */
        private List<Delivery> withoutStale(List<Delivery> batch) {
            Instant soon = clock.instant().plus(lease.dividedBy(4));
            List<Delivery> fresh = new ArrayList<>(batch.size());
            for (Delivery delivery : batch) {
                if (delivery.leaseUntil() != null && soon.isAfter(delivery.leaseUntil())) {
                    room.release();
                } else {
                    fresh.add(delivery);
                }
            }
            return fresh;
        }

        /** Nothing tried: back to the store, due again shortly, without counting an attempt. */
        private void putBack(Delivery delivery) {
            try {
                deliveries.release(delivery, clock.instant().plus(PUT_BACK_FOR));
            } finally {
                room.release();
            }
        }
    }

    /** One attempt under each delivery's current claim: alone, or together in one request. */
    void attempt(ChannelSender sender, List<Delivery> batch) {
        if (batch.size() == 1) {
            attempt(batch.getFirst());
            return;
        }
        SendOutcome outcome;
        try {
            outcome = sender.sendAll(batch);
        } catch (RuntimeException unexpected) {
            outcome = new SendOutcome.Failed(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
        if (outcome instanceof SendOutcome.Sent sent) {
            settleSent(batch, sent);
        } else {
            for (Delivery delivery : batch) {
                settle(delivery, outcome);
            }
        }
    }

    /** One attempt under the delivery's current claim. */
    void attempt(Delivery delivery) {
        SendOutcome outcome;
        try {
            outcome = senders.get(delivery.channel()).send(delivery);
        } catch (RuntimeException unexpected) {
            outcome = new SendOutcome.Failed(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
        settle(delivery, outcome);
    }

    /** A batch the target accepted: those that announce nothing recorded together, in one shared write. */
    private void settleSent(List<Delivery> batch, SendOutcome.Sent sent) {
        Instant now = clock.instant();
        List<Deliveries.Sent> silent = new ArrayList<>(batch.size());
        for (Delivery delivery : batch) {
            if (DeliveryEvents.delivered(delivery, now).isEmpty()) {
                silent.add(new Deliveries.Sent(delivery, now, sent.reference()));
            } else {
                settle(delivery, sent);
            }
        }
        Set<String> recorded = silent.isEmpty() ? Set.of() : sentInBatches.recordAll(silent);
        for (Deliveries.Sent one : silent) {
            if (!recorded.contains(one.claimed().id())) {
                warnNotRecorded(one.claimed(), sent);
            }
            settled.accept(one.claimed());
        }
    }

    private void settle(Delivery delivery, SendOutcome outcome) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        boolean recorded = switch (outcome) {
            case SendOutcome.Sent sent -> {
                List<IntegrationEvent> events = DeliveryEvents.delivered(delivery, now);
                yield events.isEmpty() ? sentInBatches.record(delivery, now, sent.reference())
                        : deliveries.recordSent(delivery, now, sent.reference(), events);
            }
            case SendOutcome.Busy busy -> deliveries.release(delivery, now.plus(PUT_BACK_FOR));
            case SendOutcome.Refused refused -> deliveries.recordGivenUp(delivery, now, refused.error(),
                    DeliveryEvents.failed(delivery, now, NotificationFailed.Reason.UNDELIVERABLE, attempts));
            case SendOutcome.Failed failed -> {
                Instant next = policy(delivery.channel()).nextAttempt(delivery.createdAt(), now, attempts);
                yield next == null
                        ? deliveries.recordGivenUp(delivery, now, failed.error(),
                        DeliveryEvents.failed(delivery, now, NotificationFailed.Reason.RETRIES_EXHAUSTED, attempts))
                        : deliveries.recordFailed(delivery, next, failed.error());
            }
        };
        if (!recorded) {
            warnNotRecorded(delivery, outcome);
        }
        settled.accept(delivery);
    }

    private static void warnNotRecorded(Delivery delivery, SendOutcome outcome) {
        log.warn("delivery {} was claimed by another worker meanwhile; its outcome ({}) was not recorded",
                delivery.id(), outcome.getClass().getSimpleName());
    }

    private RetryPolicy policy(Channel channel) {
        RetryPolicy policy = policies.get(channel);
        if (policy == null) {
            throw new IllegalStateException("no retry policy for " + channel);
        }
        return policy;
    }
}
