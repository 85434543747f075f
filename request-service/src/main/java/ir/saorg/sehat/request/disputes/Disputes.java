package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where disputes live. Every write stores its change and the events it causes in one atomic write. */
public interface Disputes {

    /** Stores a new dispute with its events; false, storing nothing, when its request already has a dispute. */
    boolean insert(Dispute dispute, List<IntegrationEvent> events);

    Optional<Dispute> find(String id);

    /** The dispute of a request, open or closed. */
    Optional<Dispute> findByRequest(String requestId);

    /** Adds the message if the dispute is open and its deadline is after the message; false if not. */
    boolean append(String id, DisputeMessage message, List<IntegrationEvent> events);

    /**
     * Closes the dispute if it is still open: settled only before its deadline, timed out only from it on. False if
     * it was not (closed already, by this or another instance, or on the wrong side of its deadline).
     */
    boolean close(String id, Dispute.Closing closing, List<IntegrationEvent> events);

    /** Open disputes whose deadline is at or before {@code now}, earliest first, at most {@code limit}. */
    List<Dispute> overdue(Instant now, int limit);

    /**
     * A page of disputes: of one status (or all, when null), of one university (or all, when null). Open ones come
     * earliest deadline first; otherwise newest first.
     */
    Page page(DisputeStatus status, String university, int page, int size);

    /** One page of a listing, and how many there are in all. */
    record Page(List<Dispute> items, long total) {
    }
}
