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
import java.util.List;
import java.util.Map;
import java.util.Queue;
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
        lanes.computeIfAbsent(bulkhead.getName(), name -> new Lane(bulkhead, sender.queueLimit(bulkhead)))
                .offer(delivery);
    }

    /** One target's sends: its bulkhead's permits, and a bounded queue of claimed deliveries waiting for one. */
    private final class Lane {

        private final Bulkhead bulkhead;
        private final int queueLimit;
        private final Queue<Delivery> waiting = new ArrayDeque<>();

        Lane(Bulkhead bulkhead, int queueLimit) {
            this.bulkhead = bulkhead;
            this.queueLimit = queueLimit;
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

        private void run(Delivery delivery) {
            try {
                executor.execute(() -> {
                    try {
                        attempt(delivery);
                    } finally {
                        bulkhead.onComplete();
                        room.release();
                        next();
                    }
                });
            } catch (RuntimeException rejected) {
                bulkhead.onComplete();
                room.release();
                log.warn("could not start sending {}; its lease will run out", delivery.id(), rejected);
            }
        }

        private void next() {
            while (true) {
                Delivery delivery;
                synchronized (this) {
                    if (waiting.isEmpty() || !bulkhead.tryAcquirePermission()) {
                        return;
                    }
                    delivery = waiting.poll();
                }
                if (delivery.leaseUntil() != null && clock.instant().plus(lease.dividedBy(4)).isAfter(delivery.leaseUntil())) {
                    bulkhead.onComplete();
                    room.release();
                    continue;
                }
                run(delivery);
            }
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
            log.warn("delivery {} was claimed by another worker meanwhile; its outcome ({}) was not recorded",
                    delivery.id(), outcome.getClass().getSimpleName());
        }
        settled.accept(delivery);
    }

    private RetryPolicy policy(Channel channel) {
        RetryPolicy policy = policies.get(channel);
        if (policy == null) {
            throw new IllegalStateException("no retry policy for " + channel);
        }
        return policy;
    }
}
