package ir.saorg.sehat.notification.recipients.web;

import ir.saorg.sehat.platform.security.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Preferences are one's own: any logged-in user, staff, system or operator. */
@Component
class PreferencesAccess implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/notifications/preferences").authenticated();
    }
}
