package ir.saorg.sehat.code.verification.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Group commit: callers hand in items and wait until theirs is written; one writer thread writes everything that
 * arrived while its previous write ran, in one go. A caller returns only once its item is stored, so the guarantee of
 * a write per call stands, but under load one insert carries many items instead of one each.
 *
 * @param <T> what is written
 */
final class GroupCommit<T> implements AutoCloseable {

    private final BlockingQueue<Pending<T>> queue;
    private final Consumer<List<T>> write;
    private final int maxBatch;
    private final Duration timeout;
    private final Thread writer;

    GroupCommit(String name, int maxBatch, int capacity, Duration timeout, Consumer<List<T>> write) {
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.write = write;
        this.maxBatch = maxBatch;
        this.timeout = timeout;
        this.writer = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /**
     * Returns once the item is written.
     *
     * @throws WriteFailedException when its batch could not be written, or not within the timeout
     */
    void write(T item) {
        var pending = new Pending<>(item, new CompletableFuture<Void>());
        try {
            if (!queue.offer(pending, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new WriteFailedException("the writer is too far behind", null);
            }
            pending.written().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteFailedException("interrupted while waiting for the write", e);
        } catch (ExecutionException e) {
            throw new WriteFailedException("the write failed", e.getCause());
        } catch (TimeoutException e) {
            throw new WriteFailedException("the write took longer than " + timeout, e);
        }
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            try {
                write.accept(batch.stream().map(Pending::item).toList());
                batch.forEach(p -> p.written().complete(null));
            } catch (RuntimeException e) {
                batch.forEach(p -> p.written().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    /** Items handed in and not yet taken by the writer. */
    int waiting() {
        return queue.size();
    }

    @Override
    public void close() {
        writer.interrupt();
    }

    private record Pending<T>(T item, CompletableFuture<Void> written) {
    }

    /** An item that was not written: the caller must not go on as if it had been. */
    static class WriteFailedException extends RuntimeException {
        WriteFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
