package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone reads the current guides and their templates (no login: a university's system builds its forms from them);
 * only operators create and change types and read their version history. The operator's pages of types
 * ({@code /operator/request-types}) are the operators', and administrators may read them.
 */
@Component
class RequestTypeAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/request-types/*/versions",
                        "/api/v1/request-types/*/versions/**").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/request-types", "/api/v1/request-types/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/api/v1/request-types", "/api/v1/request-types/**").permitAll()
                .requestMatchers("/api/v1/request-types", "/api/v1/request-types/**").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.GET, RequestTypePages.BASE, RequestTypePages.BASE + "/**")
                .hasAnyRole(SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers(RequestTypePages.BASE, RequestTypePages.BASE + "/**").hasRole(SehatRoles.OPERATOR);
    }
}
