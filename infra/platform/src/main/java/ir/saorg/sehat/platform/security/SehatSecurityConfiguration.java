package ir.saorg.sehat.platform.security;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

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
                                      ObjectProvider<ForeignBearerPaths> foreign, ProblemSecurityAnswers answers)
            throws Exception {
        List<String> foreignPrefixes = foreign.orderedStream().flatMap(paths -> paths.prefixes().stream()).toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    rules.orderedStream().forEach(rule -> rule.apply(requests));
                    requests.anyRequest().permitAll();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(sehatBearerTokens(foreignPrefixes))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new SehatRoles()))
                        .authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers));
        return http.build();
    }

    /** Sehat's bearer token of a request: none under a service's {@link ForeignBearerPaths}. */
    private static BearerTokenResolver sehatBearerTokens(List<String> foreignPrefixes) {
        var standard = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return foreignPrefixes.stream().anyMatch(path::startsWith) ? null : standard.resolve(request);
        };
    }

    /**
     * No observations of Spring Security's own filters, authentications and authorizations: they feed no dashboard,
     * and wrapping every filter of the chain cost each request about 5 % of its CPU (JFR, verification benchmark);
     * {@code http.server.requests} still times every request and carries its trace.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityAnswers problemSecurityAnswers(ObjectProvider<ProblemDetailsAdvice> problems,
                                                  ObjectProvider<JsonMapper> json,
                                                  ObjectProvider<DeniedPages> pages) {
        return new ProblemSecurityAnswers(
                problems.getIfAvailable(() -> new ProblemDetailsAdvice(ProblemDetailsAdvice.messages())),
                json.getIfAvailable(JsonMapper::new), pages::getIfAvailable);
    }
}
