package ir.saorg.sehat.payment.reconciling.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Reconciliation is for operators and administrators. */
@Component
class ReconciliationAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/payments/mismatches", "/api/v1/payments/reconciliations")
                .hasAnyRole(SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
