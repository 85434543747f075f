package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A paid request will not get its code (rejected after payment): its payment must be given back. The compensation step
 * of the saga; payment-service answers with PaymentRefunded.
 *
 * @param reason why the request was rejected, as the operator wrote it
 */
public record RefundRequested(UUID eventId, Instant occurredAt, UUID requestId, String reason)
        implements IntegrationEvent {
}
