package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A request is cleared for a code: paid or free, and reviewed where its type asks for review.
 * This event stays on the internal topic: it carries the holder's data that the code-service stores to answer
 * verifications with the holder's national ID.
 *
 * @param requestType      the request type's code
 * @param holder           the student the code is for
 * @param codeValidityDays how long the issued code stays valid, as the request type sets it
 * @param typeName         the request type's names, for people who verify the code (optional: added within v1)
 * @param university       the university whose staff submitted the request (optional: added within v1)
 * @param maxExtensionDays how many days in all staff may extend the code's validity, as the type sets it; null or 0
 *                         means it cannot be extended (optional: added within v1)
 * @param replacesCode     the code this request's code replaces, when it corrects the record of an issued one; the
 *                         old code is revoked as RECORD_CORRECTED and points to the new (optional: added within v1)
 * @param expiresNoLaterThan when the type's codes expire with the end of its call: the latest expiry the code may
 *                         have, whatever its validity (optional: added within v1)
 */
public record RequestApproved(UUID eventId, Instant occurredAt, UUID requestId, String requestType, Holder holder,
                              int codeValidityDays, TypeName typeName, String university, Integer maxExtensionDays,
                              String replacesCode, Instant expiresNoLaterThan) implements IntegrationEvent {

    /** An approval with university and extension limit, before corrections and call-bound expiry. */
    public RequestApproved(UUID eventId, Instant occurredAt, UUID requestId, String requestType, Holder holder,
                           int codeValidityDays, TypeName typeName, String university, Integer maxExtensionDays) {
        this(eventId, occurredAt, requestId, requestType, holder, codeValidityDays, typeName, university,
                maxExtensionDays, null, null);
    }

    /** An approval as v1 first had it, without university and extension limit. */
    public RequestApproved(UUID eventId, Instant occurredAt, UUID requestId, String requestType, Holder holder,
                           int codeValidityDays, TypeName typeName) {
        this(eventId, occurredAt, requestId, requestType, holder, codeValidityDays, typeName, null, null, null, null);
    }

    /**
     * A request type's names as people read them.
     *
     * @param fa the Persian name, e.g. گواهی اشتغال به تحصیل
     * @param en the English name, e.g. Enrolment certificate
     */
    public record TypeName(String fa, String en) {
    }

    /**
     * The student a code is issued for.
     *
     * @param nationalId    the ten-digit Iranian national ID (کد ملی), checksum already verified
     * @param studentNumber the university's student number
     * @param fullName      the name as the university records it, normalised Persian
     */
    public record Holder(String nationalId, String studentNumber, String fullName) {
    }
}
