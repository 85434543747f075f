package ir.saorg.sehat.portal;

import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/**
 * Who is looking at a page, from the token the gateway relayed; {@link #ANONYMOUS} on public pages.
 *
 * @param name the person's name, or their login where the token names nobody (a university's system)
 */
public record Viewer(String subject, String name, List<String> roles, String university) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, List.of(), null);

    public static Viewer of(Jwt token) {
        if (token == null) {
            return ANONYMOUS;
        }
        String name = token.getClaimAsString("name");
        return new Viewer(token.getSubject(), name == null || name.isBlank() ? token.getSubject() : name,
                List.copyOf(SehatRoles.roles(token)), SehatRoles.university(token));
    }

    public boolean loggedIn() {
        return subject != null;
    }

    public boolean staff() {
        return roles.contains(SehatRoles.STAFF);
    }

    public boolean operator() {
        return roles.contains(SehatRoles.OPERATOR);
    }

    public boolean admin() {
        return roles.contains(SehatRoles.ADMIN);
    }
}
