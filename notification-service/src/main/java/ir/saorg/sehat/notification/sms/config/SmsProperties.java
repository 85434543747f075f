package ir.saorg.sehat.notification.sms.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The SMS provider, under {@code sehat.notification.sms}.
 *
 * @param apiUrl  Kavenegar's base URL (https://api.kavenegar.com); empty means the sandbox inside this service
 * @param apiKey  the account's API key
 * @param sender  the sender line
 * @param timeout how long one call may take
 * @param sandbox whether the sandbox answers (true locally and in tests; false in production)
 */
@ConfigurationProperties("sehat.notification.sms")
public record SmsProperties(String apiUrl, String apiKey, String sender, Duration timeout, Boolean sandbox) {

    public static final String SANDBOX_KEY = "sandbox-kavenegar-key";

    public SmsProperties {
        apiKey = apiKey == null || apiKey.isBlank() ? SANDBOX_KEY : apiKey;
        sender = sender == null ? "10004346" : sender;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        sandbox = sandbox == null || sandbox;
    }
}
