package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff member submitted a request and it passed validation against its type's guide and call window.
 * Carries no personal data: the payment step needs only the type, the university and when it was submitted.
 *
 * @param requestType the request type's code, e.g. {@code ENROLMENT_CERTIFICATE}
 * @param submittedAt when the staff member submitted it: the start of the agreement's clock and the instant that
 *                    fixes the fiscal year of any tariff
 * @param university  the submitting staff member's university, from their access token; null when submitted
 *                    without one (optional within v1)
 * @param typeName    the request type's names, for receipts and messages (optional within v1)
 * @param submittedBy the submitting staff member's (or university system's) subject in the identity provider, so
 *                    that results reach them (optional within v1)
 */
public record RequestSubmitted(UUID eventId, Instant occurredAt, UUID requestId, String requestType,
                               Instant submittedAt, String university, RequestApproved.TypeName typeName,
                               String submittedBy) implements IntegrationEvent {

    /** A submission without its submitter (v1 before that field existed). */
    public RequestSubmitted(UUID eventId, Instant occurredAt, UUID requestId, String requestType, Instant submittedAt,
                            String university, RequestApproved.TypeName typeName) {
        this(eventId, occurredAt, requestId, requestType, submittedAt, university, typeName, null);
    }

    /** A submission with neither university nor type names (v1 before those fields existed). */
    public RequestSubmitted(UUID eventId, Instant occurredAt, UUID requestId, String requestType, Instant submittedAt) {
        this(eventId, occurredAt, requestId, requestType, submittedAt, null, null, null);
    }
}
