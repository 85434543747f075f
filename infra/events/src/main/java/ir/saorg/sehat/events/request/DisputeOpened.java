package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff member disputed a request's outcome. Negotiation runs until {@code closesAt}; after that the organization's
 * decision is final.
 *
 * @param disputeId  the dispute
 * @param university the staff member's university
 * @param reason     the staff member's reason, as written
 * @param closesAt   when the dispute closes by itself if not settled
 */
public record DisputeOpened(UUID eventId, Instant occurredAt, UUID requestId, UUID disputeId, String university,
                            String reason, Instant closesAt) implements IntegrationEvent {
}
