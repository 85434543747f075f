package ir.saorg.sehat.request.access.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the portal's request and dispute pages: the same roles as the API behind them. Staff submit, upload,
 * cancel and dispute; operators approve, reject and settle; both sides write in a dispute; everyone with a role
 * reads. The gateway sends a browser without a login to log in first, so a request without a token only reaches
 * here when it bypassed the gateway, and gets a 401.
 */
@Component
class PageAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/requests/new/*", "/requests/batches/new",
                        "/requests/*/cancellation", "/requests/*/disputes").hasRole(SehatRoles.STAFF)
                .requestMatchers(HttpMethod.POST, "/requests/*/approval", "/requests/*/rejection",
                        "/disputes/*/settlement").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.POST, "/disputes/*/messages").hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR)
                .requestMatchers("/disputes", "/disputes/**")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers("/requests/new", "/requests/new/*", "/requests/batches/new").hasRole(SehatRoles.STAFF)
                .requestMatchers("/", "/requests", "/requests/**")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
