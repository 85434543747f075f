package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator answered a dispute; the dispute stays open for the staff member's reply until it is settled or closes.
 *
 * @param disputeId  the dispute
 * @param university the disputing staff member's university
 * @param answer     the operator's answer, as written
 */
public record DisputeAnswered(UUID eventId, Instant occurredAt, UUID requestId, UUID disputeId, String university,
                              String answer) implements IntegrationEvent {
}
