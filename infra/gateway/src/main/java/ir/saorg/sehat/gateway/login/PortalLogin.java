package ir.saorg.sehat.gateway.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.Set;

/**
 * Who must log in, and how. Pages need a login: the gateway sends the browser to the identity provider
 * (authorization code with PKCE), keeps the tokens in its session and relays the access token to the service behind
 * each route ({@code TokenRelay} in application.yml). The API is left to the services: a bearer token passes through
 * untouched, and a request without one gets the service's own 401. Because a logged-in browser's cookie now carries
 * authority, every state-changing request that comes with that cookie must also carry the CSRF token (the
 * {@code XSRF-TOKEN} cookie echoed in the {@code X-XSRF-TOKEN} header, which the portal's script does).
 */
@Configuration
class PortalLogin {

    static final String REGISTRATION = "sehat";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION;
    /** The pages that need a login; everything else (the API, public verification, assets, sandboxes) is open here. */
    static final String[] PAGES = {"/", "/requests", "/requests/**", "/disputes", "/disputes/**", "/codes/**",
            "/payments/*/receipt", "/notifications", "/notifications/**", "/operator/**", "/admin/**"};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                        @Value("${server.servlet.session.cookie.name}") String sessionCookie)
            throws Exception {
        var withPkce = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        var savedPages = new HttpSessionRequestCache();
        savedPages.setMatchingRequestParameterName(null);
        http.requestCache(cache -> cache.requestCache(savedPages))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(browserPages()).authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .loginPage(LOGIN_PATH)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce)))
                .logout(logout -> logout.logoutSuccessUrl("/verify"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(cookieBorne(sessionCookie))
                        // The sandbox payment gateway stands in for a bank's pages on another origin, which could
                        // never send this origin's CSRF token.
                        .ignoringRequestMatchers("/sandbox/**"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HtmxLoginEntryPoint(LOGIN_PATH), HtmxLoginEntryPoint::isHtmx)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH), any -> true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /**
     * A page asked for by a browser: one that brings its own bearer token (a university's system fetching a receipt)
     * is left to the service behind, as the API is.
     */
    static RequestMatcher browserPages() {
        var pages = new OrRequestMatcher(Arrays.stream(PAGES)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
        return request -> request.getHeader("Authorization") == null && pages.matches(request);
    }

    /**
     * Scripts only from this origin (htmx and the portal's own), no framing, forms only to this origin. Inline styles
     * stay allowed: htmx adds its indicator style, and style cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /**
     * A request needs the CSRF token when it changes something and rides on the session cookie: a bearer token in
     * the Authorization header cannot be sent by another site, and a request without the session has no authority
     * to borrow (machine callers, payment and SMS sandboxes, subscribers).
     */
    static RequestMatcher cookieBorne(String sessionCookie) {
        return request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && hasCookie(request, sessionCookie);
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(cookie -> cookie.getName().equals(name));
    }
}
