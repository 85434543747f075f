package ir.saorg.sehat.notification.webhooks.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registering and deleting a subscription hands out or withdraws a secret and points Sehat's traffic at an address:
 * administrators only. Watching deliveries and dead letters, and asking for redelivery, is operators' daily work. A
 * subscriber asks for redelivery itself with a request signed by its secret, checked in the controller.
 */
@Component
class WebhookAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/webhooks/subscriptions").hasRole(SehatRoles.ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/webhooks/subscriptions/*/redeliveries").permitAll()
                .requestMatchers(HttpMethod.DELETE, "/api/v1/webhooks/subscriptions/*").hasRole(SehatRoles.ADMIN)
                .requestMatchers("/api/v1/webhooks/**").hasAnyRole(SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
