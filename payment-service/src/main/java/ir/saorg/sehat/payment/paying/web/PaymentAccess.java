package ir.saorg.sehat.payment.paying.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Payments need a login: staff get their university's, operators and administrators everyone's. A payment's page and
 * receipt are matched by the request id's shape, so that operators' own paths beside them keep their rules.
 */
@Component
class PaymentAccess implements AccessRules {

    private static final String ONE_PAYMENT = "^/api/v1/payments/[0-9a-fA-F-]{36}$";
    private static final String RECEIPT = "^/payments/[0-9a-fA-F-]{36}/receipt$";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/v1/payments")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ONE_PAYMENT),
                        RegexRequestMatcher.regexMatcher(HttpMethod.GET, RECEIPT))
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR, SehatRoles.ADMIN);
    }
}
