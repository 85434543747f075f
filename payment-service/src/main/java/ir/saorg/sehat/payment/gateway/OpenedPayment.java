package ir.saorg.sehat.payment.gateway;

/**
 * A payment the gateway opened.
 *
 * @param authority the gateway's id for it, which comes back with the payer
 * @param payUrl    where the payer pays
 */
public record OpenedPayment(String authority, String payUrl) {
}
