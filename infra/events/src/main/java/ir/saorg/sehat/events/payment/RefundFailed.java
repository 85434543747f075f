package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An attempt to refund a payment failed; it will be tried again at {@code nextAttemptAt}. Operators watch these.
 *
 * @param attempt       which attempt failed, from 1
 * @param reason        what went wrong, for the operator
 * @param nextAttemptAt when the refund is tried again
 */
public record RefundFailed(UUID eventId, Instant occurredAt, UUID requestId, int attempt, String reason,
                           Instant nextAttemptAt) implements IntegrationEvent {
}
