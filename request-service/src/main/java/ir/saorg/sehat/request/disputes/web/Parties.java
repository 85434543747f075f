package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.request.disputes.Party;
import ir.saorg.sehat.request.disputes.Party.Role;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/**
 * The party a token speaks for. Operators and administrators see every university (as {@code RequestVisibility}
 * reads tokens); of a token with several roles, the one reaching furthest counts.
 */
final class Parties {

    private Parties() {
    }

    static Party of(Jwt token) {
        List<String> roles = SehatRoles.roles(token);
        if (roles.contains(SehatRoles.OPERATOR)) {
            return new Party(token.getSubject(), Role.OPERATOR, null);
        }
        if (roles.contains(SehatRoles.ADMIN)) {
            return new Party(token.getSubject(), Role.ADMIN, null);
        }
        return new Party(token.getSubject(), Role.STAFF, SehatRoles.university(token));
    }
}
