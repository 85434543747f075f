package ir.saorg.sehat.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sehat.gateway.rate-limit}: each client may send a burst of {@code capacity} calls, refilled at
 * {@code perSecond}; {@code clients} addresses are remembered at once (the least recent are forgotten first).
 */
@ConfigurationProperties("sehat.gateway.rate-limit")
public record RateLimitSettings(long capacity, long perSecond, long clients) {
}
