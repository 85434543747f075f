package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may read the budget tables; only operators upload them. The operator's tariff pages
 * ({@code /operator/tariffs}) are the operators', and administrators may read them.
 */
@Component
class TariffAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.PUT, "/api/v1/tariffs/**").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/tariffs/**").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.DELETE, "/api/v1/tariffs/**").hasRole(SehatRoles.OPERATOR)
                .requestMatchers(HttpMethod.GET, TariffPages.BASE, TariffPages.BASE + "/**")
                .hasAnyRole(SehatRoles.OPERATOR, SehatRoles.ADMIN)
                .requestMatchers(TariffPages.BASE, TariffPages.BASE + "/**").hasRole(SehatRoles.OPERATOR);
    }
}
