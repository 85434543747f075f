package ir.saorg.sehat.code.validity.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.validity.ExtendingValidity;
import ir.saorg.sehat.code.verification.web.VerificationController;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * {@code POST /api/v1/codes/{code}/validity-extension} with {@code {"days": N}}: staff extend their university's
 * codes, operators any code, within the limit the code's type sets ({@link ValidityExtensionAccess}).
 */
@RestController
class ValidityExtensionController {

    private final ExtendingValidity extending;

    ValidityExtensionController(Codes codes) {
        this.extending = new ExtendingValidity(codes, Clock.systemUTC());
    }

    @PostMapping("/api/v1/codes/{code}/validity-extension")
    ExtendedView extend(@PathVariable String code, @RequestBody Extension body, @AuthenticationPrincipal Jwt caller) {
        boolean operator = SehatRoles.roles(caller).contains(SehatRoles.OPERATOR);
        String university = operator ? null : SehatRoles.university(caller);
        if (university == null && !operator) {
            throw new Problem(HttpStatus.FORBIDDEN, "forbidden");
        }
        try {
            IssuedCode extended = extending.extend(code, body.days() == null ? 0 : body.days(), university);
            return new ExtendedView(extended.id(), extended.expiresAt(), extended.extension().remainingDays());
        } catch (MalformedCodeException malformed) {
            throw new Problem(HttpStatus.BAD_REQUEST, VerificationController.slugFor(malformed));
        } catch (ExtendingValidity.InvalidDaysException invalid) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "extension-days-invalid");
        } catch (ExtendingValidity.UnknownCodeException unknown) {
            throw new Problem(HttpStatus.NOT_FOUND, "code-not-found");
        } catch (ExtendingValidity.NotExtendableException refused) {
            throw refused.revoked() ? new Problem(HttpStatus.CONFLICT, "code-already-revoked")
                    : new Problem(HttpStatus.CONFLICT, "extension-limit-reached", refused.remainingDays())
                    .with("remainingDays", refused.remainingDays());
        } catch (ExtendingValidity.ConcurrentChangeException conflict) {
            throw new Problem(HttpStatus.CONFLICT, "code-changed-concurrently");
        }
    }

    /** @param days how many days to add, 1 to 3,650 */
    record Extension(Integer days) {
    }

    record ExtendedView(String code, Instant expiresAt, int remainingDays) {
    }
}
