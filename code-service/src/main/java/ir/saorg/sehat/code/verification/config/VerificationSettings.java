package ir.saorg.sehat.code.verification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public verification's settings, under {@code sehat.code.verification}.
 *
 * @param perClientPerMinute verifications one client may make per minute
 * @param perCodePerMinute   verifications of one code per minute, from all clients together
 * @param fingerprintSecret  the key that turns client addresses into fingerprints (set SEHAT_FINGERPRINT_SECRET)
 */
@ConfigurationProperties("sehat.code.verification")
public record VerificationSettings(int perClientPerMinute, int perCodePerMinute, String fingerprintSecret) {
}
