package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.University;
import ir.saorg.sehat.code.verification.VerificationResult;
import ir.saorg.sehat.code.verification.Verifying;

import java.time.Instant;

/**
 * A code as the operator's page shows it: its status now, its holder masked as verifiers see them, its type,
 * university and dates, how often it was verified, and its revocation if it has one.
 *
 * @param verifications how many verifications of it were recorded
 */
record CodeView(String digits, String display, String requestId, VerificationResult status, String maskedName,
                String maskedNationalId, String requestType, String typeNameFa, String typeNameEn,
                University university, Instant issuedAt, Instant expiresAt, IssuedCode.Revocation revocation,
                long verifications) {

    static CodeView of(IssuedCode code, University university, long verifications, Instant now) {
        VerificationResult status = code.revocation() != null ? VerificationResult.REVOKED
                : code.expiresAt().isAfter(now) ? VerificationResult.VALID : VerificationResult.EXPIRED;
        return new CodeView(code.id(), new VerificationCode(code.id()).display(), code.requestId(), status,
                Verifying.maskName(code.holder().fullName()), code.holder().maskedNationalId(), code.requestType(),
                code.typeNameFa(), code.typeNameEn(), university, code.issuedAt(), code.expiresAt(), code.revocation(),
                verifications);
    }

    /** The portal stylesheet's colour for the status. */
    public String statusClass() {
        return switch (status) {
            case VALID -> "VALID";
            case EXPIRED -> "CALL_ENDED";
            default -> "REJECTED";
        };
    }
}
