package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Disputes need a login with one of Sehat's roles. Which role does what (staff open and reply, operators answer and
 * settle, administrators read) is the dispute rules' own (403 {@code dispute-wrong-role}, naming the parts), and so is
 * the university scope (404 for another university's request or dispute).
 */
@Component
class DisputeAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/requests/*/disputes")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers("/api/v1/disputes", "/api/v1/disputes/**")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
