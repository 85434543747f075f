package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.IntegrationEvent;

import java.util.List;
import java.util.Map;

/**
 * One guarded step of the lifecycle: applied atomically, and only while the request is still in {@code from}.
 *
 * @param requestId the request
 * @param from      the only status the step may start from
 * @param to        the status it leads to
 * @param entry     the timeline line it adds
 * @param facts     other fields of {@link Request} it sets, by name
 * @param events    the integration events it publishes, written into the same document as the change
 */
public record Transition(String requestId, RequestStatus from, RequestStatus to, TimelineEntry entry,
                         Map<String, Object> facts, List<IntegrationEvent> events) {
}
