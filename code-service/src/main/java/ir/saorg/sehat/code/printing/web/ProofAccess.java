package ir.saorg.sehat.code.printing.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The printable proof carries the holder's data: staff of the code's university, operators and administrators. */
@Component
class ProofAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/codes/*/proof.pdf")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
