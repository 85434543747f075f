package ir.saorg.sehat.code.verification;

import java.time.Instant;

/** Where every answered verification is recorded, before the answer goes out. */
public interface VerificationAudit {

    void record(Entry entry);

    /**
     * One verification. The code's type and university come from the lookup the answer needed anyway, so that staff
     * and summaries can find their entries without another lookup per verification.
     *
     * @param code         the code's digits as asked (also for unknown codes, which shows guessing)
     * @param at           when
     * @param result       the answer
     * @param fullDetail   whether the full record was shown
     * @param client       a keyed hash of the client's address: linkable, not reversible
     * @param documentType the code's request type, if such a code was issued (also when a wrong national ID made the
     *                     answer UNKNOWN); null for a code nobody was issued
     * @param university   the code's university, likewise; null also for codes issued without one
     */
    record Entry(String code, Instant at, VerificationResult result, boolean fullDetail, String client,
                 String documentType, String university) {
    }
}
