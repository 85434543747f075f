package ir.saorg.sehat.payment.gateway;

/**
 * What the gateway needs to open a payment.
 *
 * @param orderId     our reference, the request id; the gateway reports it back
 * @param amountRials what to take, in rials
 * @param description shown to the payer on the pay page
 * @param callbackUrl where the gateway sends the payer's browser afterwards
 */
public record OpeningPayment(String orderId, long amountRials, String description, String callbackUrl) {
}
