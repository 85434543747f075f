package ir.saorg.sehat.code.validity.web;

import ir.saorg.sehat.platform.security.AccessRules;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Staff (their own university's codes) and operators extend validity. */
@Component
class ValidityExtensionAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/codes/*/validity-extension")
                .hasAnyRole(SehatRoles.STAFF, SehatRoles.OPERATOR);
    }
}
