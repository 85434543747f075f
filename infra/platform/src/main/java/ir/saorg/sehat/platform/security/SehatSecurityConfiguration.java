package ir.saorg.sehat.platform.security;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' security: stateless bearer tokens (no sessions, so no cookies to forge requests with), each service's
 * {@link AccessRules} first, everything else open. Tokens are checked against SEHAT_ISSUER_URI's keys, fetched on
 * first use, so a service starts while the identity provider is still starting.
 */
@AutoConfiguration(afterName = "ir.saorg.sehat.platform.config.PlatformAutoConfiguration", beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.test.autoconfigure.webmvc.SecurityMockMvcAutoConfiguration"})
public class SehatSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain sehatSecurity(HttpSecurity http, ObjectProvider<AccessRules> rules,
                                      ProblemSecurityAnswers answers) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    rules.orderedStream().forEach(rule -> rule.apply(requests));
                    requests.anyRequest().permitAll();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(SehatSecurityConfiguration::sehatBearerToken)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new SehatRoles()))
                        .authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers));
        return http.build();
    }

    /**
     * The bearer token of a request, except under {@code /sandbox/}: the sandbox payment gateway stands for another
     * organisation's server, whose bearer tokens are its own and not Sehat's.
     */
    private static String sehatBearerToken(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/sandbox/")) {
            return null;
        }
        return BEARER.resolve(request);
    }

    private static final org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver BEARER =
            new org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver();

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityAnswers problemSecurityAnswers(ObjectProvider<ProblemDetailsAdvice> problems,
                                                  ObjectProvider<JsonMapper> json) {
        return new ProblemSecurityAnswers(problems.getIfAvailable(() -> new ProblemDetailsAdvice(defaultMessages())),
                json.getIfAvailable(JsonMapper::new));
    }

    /** The platform's own problem messages, for slices of an application that have no problem advice of their own. */
    private static org.springframework.context.MessageSource defaultMessages() {
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("problems", "ir/saorg/sehat/platform/problem/problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
