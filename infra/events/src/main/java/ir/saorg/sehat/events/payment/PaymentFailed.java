package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The payer did not pay: the gateway reports the payment failed or cancelled. Nothing was taken; the request is
 * closed and may be submitted again.
 *
 * @param reason why, as the gateway reported it
 */
public record PaymentFailed(UUID eventId, Instant occurredAt, UUID requestId, Reason reason)
        implements IntegrationEvent {

    /** Why the payment did not happen. */
    public enum Reason {
        /** The payer left the gateway's page without paying, or pressed cancel. */
        CANCELLED_BY_PAYER,
        /** The payer tried and the bank declined (card, balance, password). */
        DECLINED
    }
}
