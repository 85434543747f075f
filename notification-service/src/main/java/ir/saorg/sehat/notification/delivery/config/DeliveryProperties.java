package ir.saorg.sehat.notification.delivery.config;

import ir.saorg.sehat.notification.delivery.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How deliveries are sent, under {@code sehat.notification.delivery}.
 *
 * @param lease        how long a worker's claim on a delivery lasts: longer than any one send can take
 * @param pollInterval how often the worker looks for deliveries that are due (retries, leftovers of a crash)
 * @param batchSize    how many it claims at a time
 * @param maxInFlight  how many sends may run at once in this instance
 * @param retry        the back-off of each channel
 */
@ConfigurationProperties("sehat.notification.delivery")
public record DeliveryProperties(Duration lease, Duration pollInterval, int batchSize, int maxInFlight, Retries retry) {

    public DeliveryProperties {
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        maxInFlight = maxInFlight <= 0 ? 256 : maxInFlight;
    }

    /** Back-off per channel. */
    public record Retries(Policy email, Policy sms, Policy webhook) {
    }

    /** One channel's back-off: first wait, longest wait, and how long after creation it gives up. */
    public record Policy(Duration first, Duration longest, Duration giveUpAfter) {

        public RetryPolicy toPolicy() {
            return new RetryPolicy(first, longest, giveUpAfter);
        }
    }
}
