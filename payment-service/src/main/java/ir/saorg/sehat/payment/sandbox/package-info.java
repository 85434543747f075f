/**
 * A sandbox payment gateway that speaks the Zarinpal v4 REST protocol (request, StartPay page, verify, inquiry,
 * reverse, unVerified), plus a REST refund and a day report, so that the payment client can be tested against it and
 * the system run without a real gateway. See {@code docs/payment-gateway.md}. Enabled by
 * {@code sehat.payment.sandbox.enabled} (on unless set to false).
 */
package ir.saorg.sehat.payment.sandbox;
