package ir.saorg.sehat.payment.sandbox.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The sandbox gateway's settings, under {@code sehat.payment.sandbox}; each has a default, so none need be set.
 *
 * @param enabled         whether the sandbox answers at all (default true; set false where a real gateway is used)
 * @param merchantId      the one merchant the sandbox knows
 * @param accessToken     the bearer token the refund API expects
 * @param sessionLifetime how long a session can be paid after {@code request.json} (default 15 minutes)
 * @param reverseWindow   how long after payment a verified session can be reversed (default 30 minutes)
 */
@ConfigurationProperties("sehat.payment.sandbox")
public record SandboxProperties(Boolean enabled, String merchantId, String accessToken, Duration sessionLifetime,
                                Duration reverseWindow) {

    public static final String DEFAULT_MERCHANT_ID = "a1b2c3d4-0000-4000-8000-5e4a7c0de5a1";
    public static final String DEFAULT_ACCESS_TOKEN = "sandbox-access-token";

    public SandboxProperties {
        enabled = enabled == null || enabled;
        merchantId = merchantId == null || merchantId.isBlank() ? DEFAULT_MERCHANT_ID : merchantId.strip();
        accessToken = accessToken == null || accessToken.isBlank() ? DEFAULT_ACCESS_TOKEN : accessToken;
        sessionLifetime = sessionLifetime == null ? Duration.ofMinutes(15) : sessionLifetime;
        reverseWindow = reverseWindow == null ? Duration.ofMinutes(30) : reverseWindow;
    }
}
