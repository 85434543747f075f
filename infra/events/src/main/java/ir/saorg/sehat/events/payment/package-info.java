/** Events published by payment-service on {@code sehat.payment.events}. */
package ir.saorg.sehat.events.payment;
