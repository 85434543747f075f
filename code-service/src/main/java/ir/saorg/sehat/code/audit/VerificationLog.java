package ir.saorg.sehat.code.audit;

import ir.saorg.sehat.code.verification.VerificationAudit;
import ir.saorg.sehat.code.verification.VerificationResult;

import java.time.Instant;
import java.util.List;

/** The recorded verifications, read back. */
public interface VerificationLog {

    /** One code's verifications, newest first. */
    Page ofCode(String digits, int page, int size);

    /**
     * Verifications in [from, to) counted by document type, result and detail.
     *
     * @param university only this university's codes; null for all, including guesses at codes nobody was issued
     */
    List<Tally> tally(Instant from, Instant to, String university);

    record Page(List<VerificationAudit.Entry> items, long total) {
    }

    /** How many verifications of one kind. documentType is null for codes nobody was issued. */
    record Tally(String documentType, VerificationResult result, boolean fullDetail, long count) {
    }
}
