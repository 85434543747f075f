package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.request.disputes.DisputeRefused.Why;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Closes disputes whose negotiation period ran out: the organization's decision is final (the operators' last answer,
 * or {@link #STANDING_DECISION} when they gave none), told to both sides with DisputeClosed(TIMED_OUT). A scheduled
 * job calls this; several instances may race, and each dispute still closes once, because closing is a conditional
 * update of an open dispute that writes its event in the same update.
 */
public class ClosingOverdueDisputes {

    static final int BATCH = 200;
    static final String CLOSED_BY = "request-service";
    /** The decision of a dispute that timed out without an operator's answer. */
    public static final String STANDING_DECISION = "مهلت مذاکره به پایان رسید و اختلاف با توافق حل نشد؛ بنا بر "
            + "توافق‌نامهٔ سطح خدمت، نظر سازمان دربارهٔ نتیجهٔ این درخواست ملاک عمل و قطعی است.";

    private final Disputes disputes;
    private final Clock clock;

    public ClosingOverdueDisputes(Disputes disputes, Clock clock) {
        this.disputes = disputes;
        this.clock = clock;
    }

    /** @return how many disputes this call closed */
    public int closeDue() {
        int closed = 0;
        List<Dispute> due;
        do {
            due = disputes.overdue(clock.instant(), BATCH);
            for (Dispute dispute : due) {
                if (timeOut(dispute)) {
                    closed++;
                }
            }
        } while (due.size() == BATCH);
        return closed;
    }

    /**
     * Refuses an action on a dispute that has ended. One whose deadline passed before the job came by is closed
     * first, so that nobody writes to a negotiation the agreement has already ended.
     */
    void refuseUnlessOpen(Dispute dispute) {
        if (dispute.overdueAt(clock.instant())) {
            timeOut(dispute);
        } else if (dispute.status() == DisputeStatus.OPEN) {
            return;
        }
        throw new DisputeRefused(Why.CLOSED, dispute.id());
    }

    private boolean timeOut(Dispute dispute) {
        String decision = dispute.lastOperatorAnswer().orElse(STANDING_DECISION);
        var closing = new Dispute.Closing(DisputeClosed.Outcome.TIMED_OUT, decision, dispute.closesAt(), CLOSED_BY);
        var closed = new DisputeClosed(UUID.randomUUID(), dispute.closesAt(), UUID.fromString(dispute.requestId()),
                UUID.fromString(dispute.id()), dispute.university(), DisputeClosed.Outcome.TIMED_OUT, decision);
        return disputes.close(dispute.id(), closing, List.of(closed));
    }
}
