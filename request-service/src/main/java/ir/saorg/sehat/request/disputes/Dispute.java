package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.request.disputes.DisputeMessage.Side;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A staff member's objection to a request's outcome, and the negotiation that follows.
 *
 * @param id            the dispute id, a UUID
 * @param requestId     the disputed request; a request is disputed at most once
 * @param university    the request's university
 * @param requestStatus the request's outcome when the dispute was opened (CODE_ISSUED, REJECTED, CODE_ISSUE_FAILED)
 * @param openedBy      the staff member who opened it
 * @param reason        their reason, stripped
 * @param status        where it stands
 * @param openedAt      when it was opened
 * @param closesAt      when it closes by itself unless settled before
 * @param messages      the thread after the reason, oldest first
 * @param outcome       how it ended; null while open
 * @param decision      the organization's final decision; null while open
 * @param closedAt      when it ended (its deadline, when it timed out); null while open
 * @param closedBy      the operator who settled it, or request-service when it timed out; null while open
 */
public record Dispute(String id, String requestId, String university, String requestStatus, String openedBy,
                      String reason, DisputeStatus status, Instant openedAt, Instant closesAt,
                      List<DisputeMessage> messages, DisputeClosed.Outcome outcome, String decision, Instant closedAt,
                      String closedBy) {

    public Dispute {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** How a dispute ends: written in one conditional update, with its DisputeClosed. */
    public record Closing(DisputeClosed.Outcome outcome, String decision, Instant at, String by) {
    }

    /** Whether its negotiation period has run out while it is still open (the deadline job has not come by yet). */
    public boolean overdueAt(Instant now) {
        return status == DisputeStatus.OPEN && !now.isBefore(closesAt);
    }

    /** The operators' last answer: the organization's decision when the dispute times out. */
    public Optional<String> lastOperatorAnswer() {
        return messages.reversed().stream().filter(m -> m.side() == Side.OPERATOR).map(DisputeMessage::text)
                .findFirst();
    }

    /** Whose turn it is while it is open: the operators after the reason or a staff reply, the staff after an answer. */
    public Side waitingFor() {
        return messages.isEmpty() || messages.getLast().side() == Side.STAFF ? Side.OPERATOR : Side.STAFF;
    }
}
