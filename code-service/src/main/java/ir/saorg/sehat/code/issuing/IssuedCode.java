package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.events.code.CodeRevoked;

import java.time.Instant;

/**
 * A stored verification code.
 *
 * @param id          the code's 20 digits (unique by being the document id)
 * @param requestId   the request it was issued for (unique: one code per request)
 * @param requestType the request type's code
 * @param holder      the student it certifies
 * @param issuedAt    when it was issued
 * @param expiresAt   when it stops verifying as valid
 * @param typeNameFa  the request type's Persian name, if the approval carried it
 * @param typeNameEn  the request type's English name, if the approval carried it
 * @param revocation  why and when an operator revoked it; null while it stands
 * @param university  the university whose staff requested it (null if unknown)
 * @param extension   how far staff may extend its validity and how far they have; null: not extendable
 */
public record IssuedCode(String id, String requestId, String requestType, Holder holder, Instant issuedAt,
                         Instant expiresAt, String typeNameFa, String typeNameEn, Revocation revocation,
                         String university, Extension extension) {

    public IssuedCode(String id, String requestId, String requestType, Holder holder, Instant issuedAt,
                      Instant expiresAt, String typeNameFa, String typeNameEn) {
        this(id, requestId, requestType, holder, issuedAt, expiresAt, typeNameFa, typeNameEn, null, null, null);
    }

    /**
     * The validity extensions a code's type allows.
     *
     * @param maxDays  days in all that staff may add
     * @param usedDays days added so far
     */
    public record Extension(int maxDays, int usedDays) {

        public int remainingDays() {
            return Math.max(0, maxDays - usedDays);
        }
    }

    /**
     * An operator's revocation of a code.
     *
     * @param category  why, as a category (what verifiers and downstream systems see)
     * @param reason    the operator's explanation (kept in code-service only)
     * @param revokedAt when
     * @param revokedBy the operator (their token's subject)
     * @param replacedBy the code issued for the corrected record, when there is one
     */
    public record Revocation(CodeRevoked.Category category, String reason, Instant revokedAt, String revokedBy,
                             String replacedBy) {

        public Revocation(CodeRevoked.Category category, String reason, Instant revokedAt, String revokedBy) {
            this(category, reason, revokedAt, revokedBy, null);
        }
    }

    /** The student a code certifies; the national ID never leaves code-service unmasked. */
    public record Holder(String nationalId, String studentNumber, String fullName) {

        /** The national ID as others may see it: the first three and last two digits. */
        public String maskedNationalId() {
            return nationalId.substring(0, 3) + "*****" + nationalId.substring(8);
        }
    }
}
