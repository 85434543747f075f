package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Only operators revoke codes, through the API or the operator's page of a code ({@code /operator/codes}), which
 * administrators may read.
 */
@Component
class RevocationAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/codes/*/revocation").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.GET, RevocationPages.BASE, RevocationPages.BASE + "/**")
                .hasAnyRole(SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers(RevocationPages.BASE, RevocationPages.BASE + "/**").hasRole(SehatRoles.OPERATOR);
    }
}
