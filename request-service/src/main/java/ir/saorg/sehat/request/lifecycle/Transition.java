package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.IntegrationEvent;

import java.util.List;
import java.util.Map;

/**
 * One guarded step of the lifecycle: applied atomically, and only while the request is still in {@code from}. A step
 * to a closed status also frees the student's open-request slot.
 *
 * @param requestId the request
 * @param from      the only status the step may start from
 * @param to        the status it leads to (the same as {@code from} for a fact that changes no status)
 * @param entries   the timeline lines it adds
 * @param facts     other fields of {@link Request} it sets, by name
 * @param events    the integration events it publishes, written into the same document as the change
 */
public record Transition(String requestId, RequestStatus from, RequestStatus to, List<TimelineEntry> entries,
                         Map<String, Object> facts, List<IntegrationEvent> events) {

    public Transition {
        entries = List.copyOf(entries);
        facts = Map.copyOf(facts);
        events = List.copyOf(events);
    }

    public Transition(String requestId, RequestStatus from, RequestStatus to, TimelineEntry entry,
                      Map<String, Object> facts, List<IntegrationEvent> events) {
        this(requestId, from, to, List.of(entry), facts, events);
    }

    /** The event that caused the step, as its first timeline line records it; null for people's actions. */
    public String eventId() {
        return entries.getFirst().eventId();
    }
}
