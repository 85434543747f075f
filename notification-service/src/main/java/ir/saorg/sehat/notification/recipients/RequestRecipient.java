package ir.saorg.sehat.notification.recipients;

import java.time.Instant;

/**
 * Who submitted a request, remembered from RequestSubmitted, so that its later events reach them.
 *
 * @param requestId   the request
 * @param submittedBy the submitter's subject, or null (events from before it was carried)
 * @param university  the submitter's university, or null
 * @param requestType the request type's code
 * @param typeNameFa  the type's Persian name, or null
 * @param typeNameEn  the type's English name, or null
 * @param submittedAt when it was submitted
 */
public record RequestRecipient(String requestId, String submittedBy, String university, String requestType,
                               String typeNameFa, String typeNameEn, Instant submittedAt) {
}
