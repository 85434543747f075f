package ir.saorg.sehat.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records accepted sends of deliveries that announce nothing (webhooks) in shared writes (group commit): a sender
 * queues its delivery and takes the write lock; whoever holds it writes everything queued so far in one bulk write, so
 * while one write is under way the next one fills up. Each delivery is still recorded only under its own claim, and
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
        Waiting mine = new Waiting(new Deliveries.Sent(claimed, at, reference));
        queued.add(mine);
        writing.lock();
        try {
            while (!mine.done) {
                write();
            }
        } finally {
            writing.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.recorded;
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
                waiting.done = true;
            }
        } catch (RuntimeException storeFailed) {
            for (Waiting waiting : batch) {
                waiting.failure = storeFailed;
                waiting.done = true;
            }
        }
    }

    /** A queued record; its fields are written and read under the lock. */
    private static final class Waiting {
        final Deliveries.Sent sent;
        boolean done;
        boolean recorded;
        RuntimeException failure;

        Waiting(Deliveries.Sent sent) {
            this.sent = sent;
        }

        Deliveries.Sent sent() {
            return sent;
        }
    }
}
