package ir.saorg.sehat.request.lifecycle.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Requests need a login. Staff submit and cancel their university's requests (the controllers scope every read and
 * action to the token's university); operators review and correct issued records; operators and administrators read everyone's.
 */
@Component
class RequestAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/requests").hasRole(SehatRoles.STAFF)
                .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/cancellation").hasRole(SehatRoles.STAFF)
                .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/approval", "/api/v1/requests/*/rejection",
                        "/api/v1/requests/*/correction")
                .hasRole(SehatRoles.OPERATOR)
                .requestMatchers("/api/v1/requests", "/api/v1/requests/**")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
