package ir.saorg.sehat.identity.config;

import ir.saorg.sehat.identity.DevelopmentDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The authorization server: OIDC discovery, authorization code with PKCE for the portal, client credentials for
 * universities' systems and the operators' command line, and access tokens carrying Sehat's two claims:
 * {@code roles} (STAFF, OPERATOR, ADMIN) and {@code university} (for staff).
 */
@Configuration
class IdentityConfiguration {

    static final String ROLES = "roles";
    static final String UNIVERSITY = "university";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        var server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService people(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(DevelopmentDirectory.PEOPLE.stream()
                .map(p -> User.withUsername(p.username()).password(encoder.encode(p.password()))
                        .roles(p.roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(PasswordEncoder encoder, @Value("${sehat.identity.portal-redirect-uri}")
                                       String portalRedirectUri) {
        var clients = new ArrayList<RegisteredClient>();
        clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes("sehat-portal".getBytes()).toString())
                .clientId("sehat-portal").clientSecret(encoder.encode("sehat-portal-secret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(portalRedirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build());
        for (DevelopmentDirectory.Machine machine : DevelopmentDirectory.MACHINES) {
            clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes(machine.clientId().getBytes()).toString())
                    .clientId(machine.clientId()).clientSecret(encoder.encode(machine.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> sehatClaims() {
        return context -> {
            String principal = context.getPrincipal().getName();
            List<String> roles;
            String university;
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                var machine = DevelopmentDirectory.machine(context.getRegisteredClient().getClientId());
                roles = machine.map(DevelopmentDirectory.Machine::roles).orElse(List.of());
                university = machine.map(DevelopmentDirectory.Machine::university).orElse(null);
            } else {
                var person = DevelopmentDirectory.person(principal);
                roles = person.map(DevelopmentDirectory.Person::roles).orElse(List.of());
                university = person.map(DevelopmentDirectory.Person::university).orElse(null);
                person.ifPresent(p -> context.getClaims().claim("name", p.name()));
            }
            context.getClaims().claim(ROLES, roles);
            if (university != null) {
                context.getClaims().claim(UNIVERSITY, university);
            }
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${sehat.identity.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }
}
