package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where requests live. Every write stores its state change and the events it causes in one atomic write. */
public interface Requests {

    /**
     * Stores a new request with its events; false, storing nothing, when its idempotency key or its open-request key
     * is already taken.
     */
    boolean insert(Request request, List<IntegrationEvent> events);

    Optional<Request> find(String id);

    /** The request submitted with this (submitter-scoped) idempotency key. */
    Optional<Request> findByIdempotencyKey(String key);

    /** The open request of this student and type ({@link Request#openKey}). */
    Optional<Request> findOpen(String openFor);

    /** Applies the transition if the request is in its {@code from} status; false if it was not. */
    boolean apply(Transition transition);

    /**
     * Records when the result was announced, unless it already was; empty if nothing changed, else the request as
     * stored now (one round trip either way).
     */
    Optional<Request> recordAnnouncement(String requestId, TimelineEntry entry);

    /** Requests still waiting for payment whose call ended before {@code now}, at most {@code limit}. */
    List<Request> awaitingPaymentAfterCall(Instant now, int limit);
}
