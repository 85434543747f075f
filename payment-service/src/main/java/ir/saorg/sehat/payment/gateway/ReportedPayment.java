package ir.saorg.sehat.payment.gateway;

import java.time.Instant;

/**
 * One payment in the gateway's report of a day.
 *
 * @param authority   the gateway's id for it
 * @param orderId     our reference (the request id), as we gave it
 * @param amountRials what it took
 * @param status      where it stands now (PAID, VERIFIED, REVERSED, REFUNDED)
 * @param reference   its reference for the payment
 * @param paidAt      when the payer paid
 */
public record ReportedPayment(String authority, String orderId, long amountRials, String status, String reference,
                              Instant paidAt) {
}
