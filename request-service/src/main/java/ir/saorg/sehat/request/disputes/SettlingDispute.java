package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.request.disputes.Party.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * An operator settles an open dispute with the organization's decision, before its deadline: it closes, for good,
 * and both sides are told with DisputeClosed(SETTLED). Settling twice, or racing the deadline job, closes it once.
 */
public class SettlingDispute {

    private final Disputes disputes;
    private final FindingDisputes finding;
    private final ClosingOverdueDisputes deadlines;
    private final Clock clock;

    public SettlingDispute(Disputes disputes, FindingDisputes finding, ClosingOverdueDisputes deadlines, Clock clock) {
        this.disputes = disputes;
        this.finding = finding;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Dispute settle(String disputeId, Party operator, String decision) {
        operator.mustBe(Role.OPERATOR);
        Dispute dispute = finding.one(disputeId, operator);
        String checked = DisputeText.checked(decision);
        deadlines.refuseUnlessOpen(dispute);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var closed = new DisputeClosed(UUID.randomUUID(), now, UUID.fromString(dispute.requestId()),
                UUID.fromString(dispute.id()), dispute.university(), DisputeClosed.Outcome.SETTLED, checked);
        var closing = new Dispute.Closing(DisputeClosed.Outcome.SETTLED, checked, now, operator.id());
        if (!disputes.close(disputeId, closing, List.of(closed))) {
            deadlines.refuseUnlessOpen(finding.one(disputeId, operator));
            throw new IllegalStateException("dispute " + disputeId + " is open but could not be settled");
        }
        return finding.one(disputeId, operator);
    }
}
