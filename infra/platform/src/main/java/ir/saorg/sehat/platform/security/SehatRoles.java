package ir.saorg.sehat.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;

/**
 * Reads an access token the way every identity provider Sehat supports issues it: roles in the {@code roles} claim
 * (STAFF, OPERATOR, ADMIN; become ROLE_*), the staff member's university in {@code university}.
 */
public final class SehatRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLES = "roles";
    public static final String UNIVERSITY = "university";
    public static final String STAFF = "STAFF";
    public static final String OPERATOR = "OPERATOR";
    public static final String ADMIN = "ADMIN";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** The roles a token carries (none when it has no {@code roles} claim). */
    public static List<String> roles(Jwt jwt) {
        return jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : List.of();
    }

    /** Whether the token reaches every university's records: operators and administrators do, staff do not. */
    public static boolean seesEveryUniversity(Jwt jwt) {
        List<String> roles = roles(jwt);
        return roles.contains(OPERATOR) || roles.contains(ADMIN);
    }

    /** The university a token speaks for, or null (operators, administrators). */
    public static String university(Jwt jwt) {
        return jwt.getClaimAsString(UNIVERSITY);
    }
}
