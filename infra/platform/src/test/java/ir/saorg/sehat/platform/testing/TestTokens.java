package ir.saorg.sehat.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Access tokens as an identity provider would issue them, signed by a key only tests know, and the decoder the
 * services under test trust instead of fetching the real provider's keys. {@link #forged} is signed by another key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.sehat.test";
    private static final RSAKey KEY = generate();
    private static final RSAKey OTHER_KEY = generate();

    private TestTokens() {
    }

    public static String operator() {
        return token("operator", List.of("OPERATOR"), null, ISSUER, Instant.now().plus(Duration.ofMinutes(5)), KEY);
    }

    public static String admin() {
        return token("admin", List.of("ADMIN"), null, ISSUER, Instant.now().plus(Duration.ofMinutes(5)), KEY);
    }

    public static String staff(String university) {
        return token("staff." + university, List.of("STAFF"), university, ISSUER,
                Instant.now().plus(Duration.ofMinutes(5)), KEY);
    }

    public static String expiredOperator() {
        return token("operator", List.of("OPERATOR"), null, ISSUER, Instant.now().minus(Duration.ofMinutes(5)), KEY);
    }

    public static String forgedOperator() {
        return token("operator", List.of("OPERATOR"), null, ISSUER, Instant.now().plus(Duration.ofMinutes(5)),
                OTHER_KEY);
    }

    public static String operatorOfAnotherIssuer() {
        return token("operator", List.of("OPERATOR"), null, "https://elsewhere.test",
                Instant.now().plus(Duration.ofMinutes(5)), KEY);
    }

    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String subject, List<String> roles, String university, String issuer,
                                Instant expiresAt, RSAKey key) {
        var claims = JwtClaimsSet.builder().issuer(issuer).subject(subject)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10))).expiresAt(expiresAt).claim("roles", roles);
        if (university != null) {
            claims.claim("university", university);
        }
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID())
                .build(), claims.build())).getTokenValue();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(java.util.UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the application under test trust {@link TestTokens}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TrustTestTokens {

        @Bean
        JwtDecoder jwtDecoder() {
            return decoder();
        }
    }
}
