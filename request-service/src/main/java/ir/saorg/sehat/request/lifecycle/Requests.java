package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.IntegrationEvent;

import java.util.List;
import java.util.Optional;

/** Where requests live. Every write stores its state change and the events it causes in one atomic write. */
public interface Requests {

    void insert(Request request, List<IntegrationEvent> events);

    Optional<Request> find(String id);

    /** Applies the transition if the request is in its {@code from} status; false if it was not. */
    boolean apply(Transition transition);

    /** Records when the result was announced, unless it already was; false if nothing changed. */
    boolean recordAnnouncement(String requestId, TimelineEntry entry);
}
