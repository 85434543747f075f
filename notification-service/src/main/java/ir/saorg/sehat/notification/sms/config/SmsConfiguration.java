package ir.saorg.sehat.notification.sms.config;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.sms.KavenegarProvider;
import ir.saorg.sehat.notification.sms.SmsSender;
import ir.saorg.sehat.notification.sms.sandbox.KavenegarSandbox;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessages;
import ir.saorg.sehat.notification.sms.sandbox.persistence.MongoSandboxMessages;
import ir.saorg.sehat.platform.security.ForeignBearerPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

/** The SMS channel: Kavenegar's protocol to the configured provider (or the sandbox here), behind {@code sms}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
public class SmsConfiguration {

    public static final String SANDBOX = "sehat.notification.sms.sandbox";
    static final String GUARD = "sms";

    @Bean
    SmsSender smsSender(SmsProperties settings, Environment environment, CircuitBreakerRegistry breakers,
                        BulkheadRegistry bulkheads) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var provider = new KavenegarProvider(http, () -> settings.apiUrl() == null || settings.apiUrl().isBlank()
                ? "http://127.0.0.1:" + environment.getProperty("local.server.port", "8084") + "/sandbox/kavenegar"
                : settings.apiUrl(), settings.apiKey(), settings.sender(), settings.timeout());
        return new SmsSender(provider, new GuardedSending(breakers.circuitBreaker(GUARD), bulkheads.bulkhead(GUARD)));
    }

    /** The sandbox, unless switched off. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = SANDBOX, matchIfMissing = true)
    static class Sandbox {

        @Bean
        SandboxMessages sandboxMessages(MongoTemplate mongo) {
            return new MongoSandboxMessages(mongo);
        }

        @Bean
        KavenegarSandbox kavenegarSandbox(SandboxMessages messages, SmsProperties settings, Clock clock) {
            return new KavenegarSandbox(messages, settings.apiKey(), clock);
        }

        @Bean
        ForeignBearerPaths sandboxBearerTokens() {
            return new ForeignBearerPaths(List.of("/sandbox/"));
        }
    }
}
