package ir.saorg.sehat.request.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A staff member's request for a verification code, as request-service stores it.
 *
 * @param id                the request id, also the Kafka key of all its events
 * @param type              the request type's code
 * @param university        the submitting staff member's university, from their token; null without one
 * @param fields            the guide's fields, normalised
 * @param status            where it stands
 * @param submittedAt       when the staff member submitted it: the agreement's clock starts
 * @param approvedAt        when it was cleared for a code
 * @param payment           what is due and what happened to it, when the type has a tariff
 * @param code              the issued code, once there is one (the initial result)
 * @param resultAnnouncedAt when the result reached the staff member: the agreement's clock stops
 * @param timeline          everything that happened to it, oldest first
 */
public record Request(String id, String type, String university, Map<String, String> fields, RequestStatus status, Instant submittedAt,
                      Instant approvedAt, PaymentDue payment, IssuedCode code, Instant resultAnnouncedAt, List<TimelineEntry> timeline) {

    public Request {
        fields = Map.copyOf(fields);
        timeline = List.copyOf(timeline);
    }

    boolean hasApplied(String eventId) {
        return timeline.stream().anyMatch(entry -> eventId.equals(entry.eventId()));
    }
}
