package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A dispute ended: an operator settled it, or its month of negotiation ran out and the organization's decision stands.
 * Either way the decision is final.
 *
 * @param disputeId  the dispute
 * @param university the disputing staff member's university
 * @param outcome    how it ended
 * @param decision   the organization's final decision, as written
 */
public record DisputeClosed(UUID eventId, Instant occurredAt, UUID requestId, UUID disputeId, String university,
                            Outcome outcome, String decision) implements IntegrationEvent {

    /** How a dispute ended. */
    public enum Outcome {
        /** An operator settled it with a decision. */
        SETTLED,
        /** The negotiation period ran out; the organization's last decision stands. */
        TIMED_OUT
    }
}
