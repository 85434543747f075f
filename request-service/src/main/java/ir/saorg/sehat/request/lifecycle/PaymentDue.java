package ir.saorg.sehat.request.lifecycle;

import java.time.Instant;

/**
 * The payment of a request whose type has a tariff, as payment-service reported it.
 *
 * @param amountRials      what is due, in rials
 * @param payUrl           where the staff member pays
 * @param expiresAt        until when
 * @param settledAt        when it was paid, once it is
 * @param gatewayReference the gateway's reference for the payment, once paid
 * @param refundedAt       when it was given back, once it is
 */
public record PaymentDue(long amountRials, String payUrl, Instant expiresAt, Instant settledAt,
                         String gatewayReference, Instant refundedAt) {

    public PaymentDue withRefundedAt(Instant at) {
        return new PaymentDue(amountRials, payUrl, expiresAt, settledAt, gatewayReference, at);
    }
}
