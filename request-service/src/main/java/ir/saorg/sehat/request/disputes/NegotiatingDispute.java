package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.request.DisputeAnswered;
import ir.saorg.sehat.request.disputes.DisputeMessage.Side;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The negotiation: the university's staff reply and operators answer, in one thread, while the dispute is open and
 * before its deadline. An operator's answer is told to the staff with DisputeAnswered; a staff reply publishes
 * nothing (operators work from the list of open disputes, which shows whose turn it is).
 */
public class NegotiatingDispute {

    private final Disputes disputes;
    private final FindingDisputes finding;
    private final ClosingOverdueDisputes deadlines;
    private final Clock clock;

    public NegotiatingDispute(Disputes disputes, FindingDisputes finding, ClosingOverdueDisputes deadlines,
                              Clock clock) {
        this.disputes = disputes;
        this.finding = finding;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Dispute write(String disputeId, Party party, String text) {
        Side side = party.side();
        Dispute dispute = finding.one(disputeId, party);
        String checked = DisputeText.checked(text);
        deadlines.refuseUnlessOpen(dispute);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<IntegrationEvent> events = side == Side.OPERATOR
                ? List.of(new DisputeAnswered(UUID.randomUUID(), now, UUID.fromString(dispute.requestId()),
                        UUID.fromString(dispute.id()), dispute.university(), checked))
                : List.of();
        if (!disputes.append(disputeId, new DisputeMessage(party.id(), side, checked, now), events)) {
            deadlines.refuseUnlessOpen(finding.one(disputeId, party));
            throw new IllegalStateException("dispute " + disputeId + " is open but took no message");
        }
        return finding.one(disputeId, party);
    }
}
