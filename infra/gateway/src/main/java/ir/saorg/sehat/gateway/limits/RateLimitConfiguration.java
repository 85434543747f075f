package ir.saorg.sehat.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {

    /** Before security and routing, after the forwarded-headers filter has set the client's address. */
    @Bean
    FilterRegistrationBean<ClientRateLimits> clientRateLimits(RateLimitSettings settings) {
        var registration = new FilterRegistrationBean<>(new ClientRateLimits(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
