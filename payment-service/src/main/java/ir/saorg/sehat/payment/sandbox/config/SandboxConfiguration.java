package ir.saorg.sehat.payment.sandbox.config;

import ir.saorg.sehat.payment.sandbox.SandboxControl;
import ir.saorg.sehat.payment.sandbox.SandboxGateway;
import ir.saorg.sehat.payment.sandbox.SandboxSessions;
import ir.saorg.sehat.payment.sandbox.persistence.MongoSandboxSessions;
import ir.saorg.sehat.platform.security.ForeignBearerPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Wires the sandbox gateway when {@code sehat.payment.sandbox.enabled} is not false. Time comes from the context's
 * {@link Clock} if it has one (tests move it), else from the system's UTC clock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = SandboxConfiguration.ENABLED, matchIfMissing = true)
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfiguration {

    public static final String ENABLED = "sehat.payment.sandbox.enabled";

    /** The sandbox's refund API takes the sandbox's own bearer token, which is not a Sehat access token. */
    @Bean
    ForeignBearerPaths sandboxBearerTokens() {
        return new ForeignBearerPaths(List.of("/sandbox/"));
    }

    @Bean
    SandboxControl sandboxControl() {
        return new SandboxControl();
    }

    @Bean
    SandboxSessions sandboxSessions(MongoTemplate mongo) {
        return new MongoSandboxSessions(mongo);
    }

    @Bean
    SandboxGateway sandboxGateway(SandboxSessions sandboxSessions, SandboxProperties properties,
                                  ObjectProvider<Clock> clock) {
        return new SandboxGateway(sandboxSessions, clock.getIfUnique(Clock::systemUTC), properties.merchantId(),
                properties.sessionLifetime(), properties.reverseWindow());
    }
}
