package ir.saorg.sehat.request.query;

import ir.saorg.sehat.request.lifecycle.RequestStatus;

import java.time.Instant;
import java.util.Set;

/**
 * Which requests a list shows; every criterion left empty (null, or an empty set) lets all through.
 *
 * @param university      one university's requests only
 * @param statuses        in any of these statuses
 * @param types           of any of these types
 * @param submittedFrom   submitted at or after
 * @param submittedBefore submitted before
 * @param student         the student's national ID or student number, in Latin digits
 * @param batchId         from this bulk file
 */
public record RequestFilter(String university, Set<RequestStatus> statuses, Set<String> types, Instant submittedFrom,
                            Instant submittedBefore, String student, String batchId) {

    public RequestFilter {
        statuses = Set.copyOf(statuses);
        types = Set.copyOf(types);
    }
}
