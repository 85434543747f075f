package ir.saorg.sehat.code.verification;

import java.time.Instant;

/** Where every answered verification is recorded. */
public interface VerificationAudit {

    void record(Entry entry);

    /**
     * One verification.
     *
     * @param code        the code's digits as asked (also for unknown codes, which shows guessing)
     * @param at          when
     * @param result      the answer
     * @param fullDetail  whether the full record was shown
     * @param client      a keyed hash of the client's address: linkable, not reversible
     */
    record Entry(String code, Instant at, VerificationResult result, boolean fullDetail, String client) {
    }
}
