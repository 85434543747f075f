package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A tariff is due and the gateway has opened a payment for it: the staff member pays by following {@code payUrl}
 * before {@code expiresAt}.
 *
 * @param requestType the request type's code
 * @param fiscalYear  the Jalali fiscal year whose budget table set the amount, e.g. 1405
 * @param amountRials what is due, in rials (always positive)
 * @param payUrl      where the payer's browser goes to pay: the gateway's pay page for this payment
 * @param expiresAt   after this instant the payment can no longer be made and is expired
 */
public record PaymentRequested(UUID eventId, Instant occurredAt, UUID requestId, String requestType, int fiscalYear,
                               long amountRials, String payUrl, Instant expiresAt) implements IntegrationEvent {
}
