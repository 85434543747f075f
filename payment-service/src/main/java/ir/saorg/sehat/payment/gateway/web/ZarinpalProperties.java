package ir.saorg.sehat.payment.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where and as whom payment-service talks to its Zarinpal-protocol gateway. The defaults point at the sandbox inside
 * payment-service itself; production sets the real addresses, merchant id and token.
 *
 * @param apiUrl      base of the REST API (server to server); blank means the sandbox inside this service
 * @param startPayUrl the pay page's address, to which the authority is appended (the payer's browser goes there)
 * @param merchantId  our merchant id at the gateway
 * @param accessToken bearer token for the refund API
 * @param timeout     how long one call may take before it counts as unavailable
 */
@ConfigurationProperties("sehat.payment.zarinpal")
public record ZarinpalProperties(String apiUrl, String startPayUrl, String merchantId, String accessToken,
                                 Duration timeout) {

    public ZarinpalProperties {
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }
}
