package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who submits, from their token: a token that names no university may not submit (403 {@code no-university}). */
public final class Submitters {

    private Submitters() {
    }

    public static Submitter of(Jwt staff) {
        String university = SehatRoles.university(staff);
        if (university == null || university.isBlank()) {
            throw new Problem(HttpStatus.FORBIDDEN, "no-university");
        }
        return new Submitter(staff.getSubject(), university);
    }
}
