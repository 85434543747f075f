package ir.saorg.sehat.request.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where batches live. */
public interface Batches {

    /** Stores a new batch; false, storing nothing, when one with its id exists. */
    boolean insert(Batch batch);

    /** Replaces the stored batch with this one. */
    void save(Batch batch);

    Optional<Batch> find(String id);

    /**
     * Takes an unfinished batch for one worker until {@code until}, if no other worker holds it now; false when the
     * batch is finished or held.
     */
    boolean claim(String id, Instant now, Instant until);

    /** Unfinished batches no worker holds at {@code now}, oldest first, at most {@code limit}. */
    List<Batch> unclaimed(Instant now, int limit);

    /** A university's batches (every university's with null), newest first. */
    List<Batch> newestFirst(String university, int page, int size);

    long count(String university);
}
