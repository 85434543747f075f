package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Nobody paid before the payment's expiry, and the gateway confirms that nothing was taken. The request is closed.
 *
 * @param expiresAt the expiry the payment was requested with
 */
public record PaymentExpired(UUID eventId, Instant occurredAt, UUID requestId, Instant expiresAt)
        implements IntegrationEvent {
}
