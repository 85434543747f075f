package ir.saorg.sehat.payment.gateway;

/**
 * A refund the gateway accepted.
 *
 * @param refundId its reference for the refund
 * @param repeated whether it had been accepted before (an idempotent repeat)
 */
public record RefundReceipt(String refundId, boolean repeated) {
}
