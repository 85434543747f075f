package ir.saorg.sehat.payment.paying.config;

import ir.saorg.sehat.payment.paying.PaymentTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code sehat.payment.*}: how payments are taken.
 *
 * @param expiry          how long the payer has to pay (default 15 minutes)
 * @param callbackUrl     the callback page's public address, through the gateway
 * @param firstRetryDelay the first wait before trying an unavailable gateway again (doubles per attempt)
 * @param maxRetryDelay   the longest such wait
 * @param checkInterval   how often the payment jobs look for work
 */
@ConfigurationProperties("sehat.payment")
public record PayingProperties(Duration expiry, String callbackUrl, Duration firstRetryDelay, Duration maxRetryDelay,
                               Duration checkInterval) {

    public PayingProperties {
        expiry = expiry == null ? Duration.ofMinutes(15) : expiry;
        firstRetryDelay = firstRetryDelay == null ? Duration.ofSeconds(5) : firstRetryDelay;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(10) : maxRetryDelay;
        checkInterval = checkInterval == null ? Duration.ofSeconds(2) : checkInterval;
    }

    public PaymentTerms terms() {
        return new PaymentTerms(expiry, callbackUrl, firstRetryDelay, maxRetryDelay);
    }
}
