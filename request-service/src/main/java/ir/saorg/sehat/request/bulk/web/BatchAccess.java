package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Staff upload their university's bulk files; staff, operators and administrators read them (staff their own
 * university's only, which the controllers see to). First in line, because the requests' rules match
 * {@code /api/v1/requests/**} for every role.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BatchAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, BatchPaths.BATCHES).hasRole(SehatRoles.STAFF)
                .requestMatchers(BatchPaths.BATCHES, BatchPaths.BATCHES + "/**")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
