package ir.saorg.sehat.code.audit;

import ir.saorg.sehat.code.verification.VerificationResult;

import java.time.Instant;
import java.util.List;

/**
 * One code's verifications, newest first, a page at a time.
 *
 * @param code  the code as people read it
 * @param total how many verifications in all
 * @param page  this page's number, from 0
 * @param size  the page size asked for
 * @param items this page's verifications
 */
public record VerificationHistory(String code, long total, int page, int size, List<Item> items) {

    /**
     * @param at         when
     * @param atJalali   the same day in the Jalali calendar, Tehran time ({@code 1405-09-04})
     * @param result     the answer given; UNKNOWN for a code that exists means the national ID given did not match
     * @param fullDetail whether the full record was shown
     * @param client     the client's fingerprint, for operators and administrators only
     */
    public record Item(Instant at, String atJalali, VerificationResult result, boolean fullDetail, String client) {
    }
}
