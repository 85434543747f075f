/**
 * Taking the money for a request: the tariff decision, opening the payment at the gateway, confirming it server to
 * server when the payer comes back, and expiring what nobody paid.
 */
package ir.saorg.sehat.payment.paying;
