package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The money is taken: the gateway confirmed the payment server to server, for the right amount. Published exactly
 * once per request, however often the payer's browser comes back.
 *
 * @param amountRials      what was paid, in rials
 * @param gatewayReference the gateway's reference for the payment (Zarinpal's {@code ref_id}), for the payer's receipt
 * @param cardPanMasked    the card as the gateway shows it, e.g. {@code 502229******5995}; absent if it gave none
 * @param settledAt        when the gateway confirmed it
 */
public record PaymentSettled(UUID eventId, Instant occurredAt, UUID requestId, long amountRials,
                             String gatewayReference, String cardPanMasked, Instant settledAt)
        implements IntegrationEvent {
}
