package ir.saorg.sehat.code.audit;

import ir.saorg.sehat.code.university.University;
import ir.saorg.sehat.code.verification.VerificationResult;

import java.util.List;
import java.util.Map;

/**
 * How often codes were verified over some Jalali days, per document type.
 *
 * @param from          the first day (Jalali, {@code 1405-09-01})
 * @param to            the last day, included
 * @param university    whose codes; null: every university's
 * @param total         verifications of issued codes
 * @param fullDetail    of which showed the full record
 * @param documentTypes the same per document type, most verified first
 * @param unknownCodes  verifications of well-formed codes nobody was issued (guesses and typos the check digit
 *                      cannot catch); only in the summary of every university, since such a code has none
 */
public record VerificationSummary(String from, String to, University university, long total, long fullDetail,
                                  List<DocumentType> documentTypes, Long unknownCodes) {

    /**
     * @param documentType the request type's code
     * @param count        verifications of its codes
     * @param fullDetail   of which showed the full record
     * @param byResult     how many were answered VALID, EXPIRED, REVOKED and UNKNOWN (a wrong national ID)
     */
    public record DocumentType(String documentType, long count, long fullDetail,
                               Map<VerificationResult, Long> byResult) {
    }
}
