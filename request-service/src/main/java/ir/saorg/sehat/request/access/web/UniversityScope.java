package ir.saorg.sehat.request.access.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Which university a listing or report covers. Staff: their token's university, always; naming another is refused
 * with 403 (university names are no secret, so saying so hides nothing). Operators and administrators: the one they
 * name, or every one.
 */
public final class UniversityScope {

    private UniversityScope() {
    }

    /** The university to limit to; null for every university. */
    public static String of(Jwt caller, String requested) {
        String wanted = requested == null || requested.isBlank() ? null : requested.strip();
        if (SehatRoles.seesEveryUniversity(caller)) {
            return wanted;
        }
        String own = SehatRoles.university(caller);
        if (own == null || own.isBlank()) {
            throw new Problem(HttpStatus.FORBIDDEN, "no-university-scope");
        }
        if (wanted != null && !wanted.equals(own)) {
            throw new Problem(HttpStatus.FORBIDDEN, "other-university", own).with("university", own);
        }
        return own;
    }
}
