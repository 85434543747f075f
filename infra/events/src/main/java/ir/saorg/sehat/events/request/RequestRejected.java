package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator rejected a request under review: it gets no code. This is its initial result. When it was paid for, a
 * {@link RefundRequested} follows.
 *
 * @param requestType the request type's code
 * @param university  the submitting staff member's university, when known
 * @param reason      why, as the operator wrote it for the staff member
 * @param paid        whether a payment was taken and is being refunded
 */
public record RequestRejected(UUID eventId, Instant occurredAt, UUID requestId, String requestType, String university,
                              String reason, boolean paid) implements IntegrationEvent {
}
