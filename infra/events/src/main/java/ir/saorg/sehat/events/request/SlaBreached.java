package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A request passed its type's target time without an initial result (a code or a rejection). Published once per
 * request.
 *
 * @param requestType the request type's code
 * @param university  the submitting staff member's university, when known
 * @param submittedAt when the agreement's clock started
 * @param dueAt       when the initial result was due
 */
public record SlaBreached(UUID eventId, Instant occurredAt, UUID requestId, String requestType, String university,
                          Instant submittedAt, Instant dueAt) implements IntegrationEvent {
}
