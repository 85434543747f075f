package ir.saorg.sehat.notification.webhooks.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Webhook settings, under {@code sehat.notification.webhooks}.
 *
 * @param allowPrivateAddresses whether subscriber URLs may point at loopback, private, link-local or shared addresses:
 *                              false in production, true for the local stack and tests
 * @param connectTimeout        how long to wait for a subscriber to accept a connection
 * @param requestTimeout        how long to wait for its answer
 * @param redeliveryWindow      how far back a subscriber may ask for redelivery
 * @param maxRedeliveries       how many deliveries one redelivery request may send again
 */
@ConfigurationProperties("sehat.notification.webhooks")
public record WebhookProperties(boolean allowPrivateAddresses, Duration connectTimeout, Duration requestTimeout,
                                Duration redeliveryWindow, int maxRedeliveries) {

    public WebhookProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        redeliveryWindow = redeliveryWindow == null ? Duration.ofDays(30) : redeliveryWindow;
        maxRedeliveries = maxRedeliveries <= 0 ? 10_000 : maxRedeliveries;
    }
}
