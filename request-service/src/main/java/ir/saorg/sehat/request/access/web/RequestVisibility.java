package ir.saorg.sehat.request.access.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.request.lifecycle.Request;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who may see a request: staff only their own university's, operators and administrators every one. A request a
 * caller may not see is answered as if it did not exist, so ids of other universities' requests reveal nothing.
 */
public final class RequestVisibility {

    private RequestVisibility() {
    }

    public static boolean visibleTo(Request request, Jwt caller) {
        if (caller == null) {
            return false;
        }
        if (SehatRoles.seesEveryUniversity(caller)) {
            return true;
        }
        String university = SehatRoles.university(caller);
        return university != null && university.equals(request.university());
    }

    /**
     * The university a caller's listings are limited to; null for operators and administrators (all). A token that
     * neither sees every university nor names one is refused rather than shown everything.
     */
    public static String scopeOf(Jwt caller) {
        if (SehatRoles.seesEveryUniversity(caller)) {
            return null;
        }
        String university = SehatRoles.university(caller);
        if (university == null || university.isBlank()) {
            throw new Problem(HttpStatus.FORBIDDEN, "no-university");
        }
        return university;
    }
}
