package ir.saorg.sehat.payment.paying;

import java.time.Duration;

/**
 * The rules of taking a payment.
 *
 * @param expiry          how long the payer has to pay once the payment is opened (the agreement's default: 15 minutes)
 * @param callbackUrl     where the gateway sends the payer back: payment-service's callback page, through the gateway
 * @param firstRetryDelay how long to wait before trying an unavailable gateway again; doubled per attempt
 * @param maxRetryDelay   the longest wait between two attempts
 */
public record PaymentTerms(Duration expiry, String callbackUrl, Duration firstRetryDelay, Duration maxRetryDelay) {

    public Duration retryDelay(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = firstRetryDelay.multipliedBy(factor);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
