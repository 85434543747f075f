package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.notification.templates.Fact;

import java.util.Map;
import java.util.UUID;

/**
 * What one event tells people, before it is known who exactly they are.
 *
 * @param eventId     the event
 * @param eventType   its CloudEvents type
 * @param requestId   its request
 * @param subject     what it reports
 * @param university  the request's university when the event says so, for when the submitter is unknown
 * @param requestType the request type's code when the event says so
 * @param facts       the values its templates show
 */
public record Announcement(UUID eventId, String eventType, UUID requestId, Subject subject, String university,
                           String requestType, Map<String, Fact> facts) {

    public Announcement {
        facts = Map.copyOf(facts);
    }
}
