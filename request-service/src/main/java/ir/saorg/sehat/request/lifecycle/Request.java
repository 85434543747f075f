package ir.saorg.sehat.request.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A staff member's request for a verification code, as request-service stores it.
 *
 * @param id                the request id, also the Kafka key of all its events
 * @param type              the request type's code
 * @param typeVersion       the version of the type (and its guide) it was submitted under
 * @param university        the submitting staff member's university, from their token; null without one
 * @param submittedBy       the staff member (or university system) that submitted it
 * @param fields            the guide's fields, normalised
 * @param status            where it stands
 * @param submittedAt       when it was submitted: the agreement's clock starts
 * @param resultDueAt       when the initial result is due, by its type's target time
 * @param callClosesAt      when the call it was submitted in ends; null when its type has no call windows
 * @param approvedAt        when it was cleared for a code
 * @param payment           what is due and what happened to it, when the type has a tariff
 * @param code              the issued code, once there is one
 * @param initialResultAt   when its initial result came: the code issued, or the request rejected
 * @param resultAnnouncedAt when the result reached the staff member: the agreement's clock stops
 * @param slaBreachedAt     when it was found past its target time without an initial result
 * @param outcomeReason     why it was rejected, cancelled or failed, as written; null otherwise
 * @param openFor           while it is open, its student and type ({@code TYPE:nationalId}): one open request each
 * @param idempotencyKey    the submitter's {@code Idempotency-Key}, scoped to the submitter; null without one
 * @param batchId           the bulk file it came from; null when submitted one by one
 * @param timeline          everything that happened to it, oldest first
 * @param corrects          the request whose issued record this one corrects; null for an ordinary request
 * @param correctedBy       the request that corrects this one's record (its code is then revoked and replaced)
 */
public record Request(String id, String type, int typeVersion, String university, String submittedBy,
                      Map<String, String> fields, RequestStatus status, Instant submittedAt, Instant resultDueAt,
                      Instant callClosesAt, Instant approvedAt, PaymentDue payment, IssuedCode code,
                      Instant initialResultAt, Instant resultAnnouncedAt, Instant slaBreachedAt, String outcomeReason,
                      String openFor, String idempotencyKey, String batchId, List<TimelineEntry> timeline,
                      String corrects, String correctedBy) {

    public Request {
        fields = Map.copyOf(fields);
        timeline = List.copyOf(timeline);
    }

    /** A request that corrects nothing and is corrected by nothing. */
    public Request(String id, String type, int typeVersion, String university, String submittedBy,
                   Map<String, String> fields, RequestStatus status, Instant submittedAt, Instant resultDueAt,
                   Instant callClosesAt, Instant approvedAt, PaymentDue payment, IssuedCode code,
                   Instant initialResultAt, Instant resultAnnouncedAt, Instant slaBreachedAt, String outcomeReason,
                   String openFor, String idempotencyKey, String batchId, List<TimelineEntry> timeline) {
        this(id, type, typeVersion, university, submittedBy, fields, status, submittedAt, resultDueAt, callClosesAt,
                approvedAt, payment, code, initialResultAt, resultAnnouncedAt, slaBreachedAt, outcomeReason, openFor,
                idempotencyKey, batchId, timeline, null, null);
    }

    /** The key that allows one open request per student and type. */
    public static String openKey(String type, Map<String, String> fields) {
        return type + ":" + fields.get("nationalId");
    }

    boolean hasApplied(String eventId) {
        return eventId != null && timeline.stream().anyMatch(entry -> eventId.equals(entry.eventId()));
    }

    /** Whether a payment was taken for it (and not yet refunded). */
    public boolean paid() {
        return payment != null && payment.settledAt() != null && payment.refundedAt() == null;
    }
}
