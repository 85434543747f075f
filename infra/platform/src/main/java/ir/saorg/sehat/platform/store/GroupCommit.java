package ir.saorg.sehat.platform.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Group commit: callers hand in items and wait until theirs is written; one writer thread writes everything that
 * arrived while its previous write ran, in one go. A caller returns only once its item is stored, so the guarantee of
 * a write per call stands, but under load one write carries many items instead of one each: the store's and its
 * driver's cost per command is paid once per batch.
 *
 * @param <T> what is written
 * @param <R> what each caller learns of its own item (for an insert: stored, or refused as a duplicate)
 */
public final class GroupCommit<T, R> implements AutoCloseable {

    private final BlockingQueue<Pending<T, R>> queue;
    private final Function<List<T>, List<R>> write;
    private final int maxBatch;
    private final Duration timeout;
    private final Thread writer;

    /**
     * @param write writes a batch and returns one result per item, in the items' order; an exception fails every
     *              item of the batch
     */
    public GroupCommit(String name, int maxBatch, int capacity, Duration timeout, Function<List<T>, List<R>> write) {
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.write = write;
        this.maxBatch = maxBatch;
        this.timeout = timeout;
        this.writer = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /**
     * Returns once the item is written, with its result.
     *
     * @throws WriteFailedException when its batch could not be written, or not within the timeout
     */
    public R write(T item) {
        var pending = new Pending<T, R>(item, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new WriteFailedException("the writer is too far behind", null);
            }
            return pending.written().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, maxBatch - 1);
            try {
                List<R> results = write.apply(batch.stream().map(Pending::item).toList());
                if (results.size() != batch.size()) {
                    throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
                }
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).written().complete(results.get(i));
                }
            } catch (Throwable e) {
                // An Error too fails only this batch: a dead writer would fail every later caller after its timeout.
                batch.forEach(p -> p.written().completeExceptionally(e));
            }
            batch.clear();
        }
        List<Pending<T, R>> abandoned = new ArrayList<>();
        queue.drainTo(abandoned);
        var closed = new IllegalStateException("the writer was closed");
        abandoned.forEach(p -> p.written().completeExceptionally(closed));
    }

    /** Items handed in and not yet taken by the writer. */
    public int waiting() {
        return queue.size();
    }

    @Override
    public void close() {
        writer.interrupt();
    }

    private record Pending<T, R>(T item, CompletableFuture<R> written) {
    }

    /** An item that was not written, or not known to be: the caller must not go on as if it had been. */
    public static class WriteFailedException extends RuntimeException {
        WriteFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
