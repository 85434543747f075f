package ir.saorg.sehat.request.sla;

import ir.saorg.sehat.request.lifecycle.RequestStatus;

import java.time.Instant;

/**
 * What the agreement's clocks need of one request.
 *
 * @param resultDueAt when its initial result was due: submission plus the target time of the type version it was
 *                    submitted under
 */
public record SlaSample(String id, String type, String university, RequestStatus status, Instant submittedAt,
                        Instant resultDueAt, Instant initialResultAt, Instant resultAnnouncedAt,
                        Instant slaBreachedAt) {

    /** Its initial result came after it was due (one exactly at the due time is in time). */
    public boolean initialResultLate() {
        return initialResultAt != null && resultDueAt != null && initialResultAt.isAfter(resultDueAt);
    }

    /** Still on its way to an initial result. */
    public boolean awaitingInitialResult() {
        return initialResultAt == null && status != null && status.open();
    }

    /** Still on its way to an announced result: open, or with an initial result nobody has been told of yet. */
    public boolean awaitingAnnouncement() {
        return resultAnnouncedAt == null && (initialResultAt != null || status != null && status.open());
    }

    /** Its due time has passed. */
    public boolean pastDue(Instant now) {
        return resultDueAt != null && resultDueAt.isBefore(now);
    }

    /**
     * Whether it breached the agreement: found past its due time without an initial result (marked), given its
     * initial result late, or still waiting for one past its due time.
     */
    public boolean breachedAsOf(Instant now) {
        return slaBreachedAt != null || initialResultLate() || awaitingInitialResult() && pastDue(now);
    }
}
