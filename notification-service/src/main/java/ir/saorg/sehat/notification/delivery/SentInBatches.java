package ir.saorg.sehat.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records accepted sends of deliveries that announce nothing (webhooks) in shared writes (group commit): a sender
 * queues its delivery and, if no write is under way, writes everything queued so far in one bulk write; otherwise it
 * waits for its own record to be written by whoever writes next. While one write is under way the next one fills up,
 * and each waiting sender is woken once, by the write that carried its record (no convoy through the lock). Each delivery is still recorded only under its own claim, and
 * its sender returns only once its record is written (or refused), so nothing is reported settled that is not stored.
 * A crash before the write leaves the delivery SENDING, exactly as a crash between send and record always could: its
 * lease runs out and it is sent again with the same id.
 */
final class SentInBatches {

    private static final int MOST_PER_WRITE = 500;

    private final Deliveries deliveries;
    private final Queue<Waiting> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    SentInBatches(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Whether the delivery was recorded SENT under its claim; returns once it is written. */
    boolean record(Delivery claimed, Instant at, String reference) {
        return !recordAll(List.of(new Deliveries.Sent(claimed, at, reference))).isEmpty();
    }

    /**
     * Records several accepted sends (one batch request's), each under its own claim; returns, once all are written,
     * the ids of those recorded.
     */
    Set<String> recordAll(List<Deliveries.Sent> sent) {
        List<Waiting> mine = new ArrayList<>(sent.size());
        for (Deliveries.Sent one : sent) {
            mine.add(new Waiting(one));
        }
        queued.addAll(mine);
        // Whoever holds the lock looks at the queue again after letting go, so a record queued while the lock was
        // held is always written: by that holder, or by the next one to take the lock.
        while (!queued.isEmpty() && writing.tryLock()) {
            try {
                write();
            } finally {
                writing.unlock();
            }
        }
        Set<String> recorded = new HashSet<>();
        RuntimeException failure = null;
        for (Waiting waiting : mine) {
            waiting.written.awaitUninterruptibly();
            if (waiting.failure != null) {
                failure = waiting.failure;
            } else if (waiting.recorded) {
                recorded.add(waiting.sent.claimed().id());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return recorded;
    }

    /** Under the lock: one bulk write of what is queued. */
    private void write() {
        List<Waiting> batch = new ArrayList<>();
        Waiting next;
        while (batch.size() < MOST_PER_WRITE && (next = queued.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            Set<String> recorded = deliveries.recordAllSent(batch.stream().map(Waiting::sent).toList());
            for (Waiting waiting : batch) {
                waiting.recorded = recorded.contains(waiting.sent.claimed().id());
                waiting.written.countDown();
            }
        } catch (RuntimeException storeFailed) {
            for (Waiting waiting : batch) {
                waiting.failure = storeFailed;
                waiting.written.countDown();
            }
        }
    }

    /** A queued record; its outcome is set before {@code written} opens, and read after. */
    private static final class Waiting {
        final Deliveries.Sent sent;
        final Latch written = new Latch();
        boolean recorded;
        RuntimeException failure;

        Waiting(Deliveries.Sent sent) {
            this.sent = sent;
        }

        Deliveries.Sent sent() {
            return sent;
        }
    }

    /** Opens once; waiting for it is not interrupted (the record is being written either way). */
    private static final class Latch extends java.util.concurrent.CountDownLatch {
        Latch() {
            super(1);
        }

        void awaitUninterruptibly() {
            boolean interrupted = false;
            while (true) {
                try {
                    await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
