package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.request.DisputeOpened;
import ir.saorg.sehat.request.disputes.DisputeRefused.Why;
import ir.saorg.sehat.request.disputes.Party.Role;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.Requests;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A staff member disputes the outcome of their university's request: a code issued, a rejection, or a code that could
 * not be issued. A request is disputed once: while its dispute is open a second is refused with the open one's id,
 * and after it closed the organization's decision is final, so it cannot be disputed again. The unique request key
 * of the store decides between two staff members racing, not a read before the write.
 */
public class OpeningDispute {

    /** The statuses that are an outcome, and so may be disputed. */
    public static final Set<RequestStatus> OUTCOMES =
            EnumSet.of(RequestStatus.CODE_ISSUED, RequestStatus.REJECTED, RequestStatus.CODE_ISSUE_FAILED);

    private final Requests requests;
    private final Disputes disputes;
    private final NegotiationPeriod period;
    private final Clock clock;

    public OpeningDispute(Requests requests, Disputes disputes, NegotiationPeriod period, Clock clock) {
        this.requests = requests;
        this.disputes = disputes;
        this.period = period;
        this.clock = clock;
    }

    public Dispute open(String requestId, Party staff, String reason) {
        staff.mustBe(Role.STAFF);
        Request request = requests.find(requestId).filter(r -> staff.sees(r.university()))
                .orElseThrow(() -> new DisputeRefused(Why.REQUEST_NOT_FOUND, requestId));
        String text = DisputeText.checked(reason);
        if (!OUTCOMES.contains(request.status())) {
            throw new DisputeRefused(Why.NO_OUTCOME_YET, request.status().name());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.randomUUID();
        var dispute = new Dispute(id.toString(), requestId, request.university(), request.status().name(), staff.id(),
                text, DisputeStatus.OPEN, now, period.closesAt(now), List.of(), null, null, null, null);
        var opened = new DisputeOpened(UUID.randomUUID(), now, UUID.fromString(requestId), id, request.university(),
                text, dispute.closesAt());
        if (disputes.insert(dispute, List.of(opened))) {
            return dispute;
        }
        Dispute existing = disputes.findByRequest(requestId).orElseThrow(() ->
                new IllegalStateException("request " + requestId + " has a dispute that cannot be found"));
        throw new DisputeRefused(existing.status() == DisputeStatus.OPEN ? Why.ALREADY_OPEN : Why.CLOSED,
                existing.id());
    }
}
