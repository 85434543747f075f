package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A settled payment was given back through the gateway, after the request was rejected. Published once.
 *
 * @param amountRials      what was given back, in rials
 * @param refundReference  the gateway's reference for the refund
 */
public record PaymentRefunded(UUID eventId, Instant occurredAt, UUID requestId, long amountRials,
                              String refundReference) implements IntegrationEvent {
}
