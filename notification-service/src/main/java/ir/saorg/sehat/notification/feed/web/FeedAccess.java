package ir.saorg.sehat.notification.feed.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Feeds are read by whoever they belong to (from the token); delivery tracking is for operators and administrators. */
@Component
class FeedAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/notifications/deliveries", "/api/v1/notifications/deliveries/**")
                .hasAnyRole(SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers("/api/v1/notifications", "/api/v1/notifications/stream").authenticated();
    }
}
