package ir.saorg.sehat.code.verification;

import ir.saorg.sehat.code.university.University;

import java.time.Instant;

/**
 * The answer to a verification. With the code alone it shows the least that serves; with the holder's national ID
 * as well, the full record.
 *
 * @param code         the code as people read it
 * @param result       valid, expired or unknown
 * @param fullDetail   whether the holder's national ID was given and matched
 * @param documentType the request type the code certifies (absent when unknown)
 * @param documentName its name in Persian and English, where known
 * @param issuedAt     when it was issued (absent when unknown)
 * @param expiresAt    when it expires (absent when unknown)
 * @param university   the university whose staff requested it, with its Persian and English names (absent when
 *                     unknown, or for codes issued before approvals carried it)
 * @param holder       who it certifies: a masked name, or with full detail the name and student number
 * @param revoked      why and when it was revoked (the category only), when it was
 */
public record Verification(String code, VerificationResult result, boolean fullDetail, String documentType,
                           DocumentName documentName, University university, Instant issuedAt, Instant expiresAt,
                           Holder holder, Revoked revoked) {

    /**
     * A revocation as verifiers see it: the category and the date, never the operator's text; and, when the record was
     * corrected, the code that replaced it, as people read it.
     */
    public record Revoked(String category, Instant at, String replacedBy) {
    }

    /** A document type's names as people read them. */
    public record DocumentName(String fa, String en) {
    }

    /** The holder as the answer shows them. */
    public record Holder(String name, String studentNumber, String maskedNationalId) {
    }

    static Verification unknown(String code) {
        return new Verification(code, VerificationResult.UNKNOWN, false, null, null, null, null, null, null, null);
    }
}
