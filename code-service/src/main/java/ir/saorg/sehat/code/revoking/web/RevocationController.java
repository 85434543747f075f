package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.revoking.RevokingCode;
import ir.saorg.sehat.code.verification.web.VerificationController;
import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code POST /api/v1/codes/{code}/revocation}: an operator revokes a code (operators only: {@link RevocationAccess}). */
@RestController
class RevocationController {

    private final RevokingCode revoking;

    RevocationController(Codes codes) {
        this.revoking = new RevokingCode(codes, Clock.systemUTC());
    }

    @PostMapping("/api/v1/codes/{code}/revocation")
    RevokedView revoke(@PathVariable String code, @RequestBody RevocationRequest body,
                       @AuthenticationPrincipal Jwt operator) {
        try {
            IssuedCode revoked = revoking.revoke(code, body.category(), body.reason(), operator.getSubject());
            return new RevokedView(revoked.id(), revoked.revocation().category().name(),
                    revoked.revocation().revokedAt(), revoked.revocation().revokedBy());
        } catch (MalformedCodeException malformed) {
            throw new Problem(HttpStatus.BAD_REQUEST, VerificationController.slugFor(malformed));
        } catch (RevokingCode.InvalidRevocationException invalid) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "revocation-invalid").with("errors",
                    List.of(FieldProblem.of(invalid.field(), "revocation." + invalid.field())));
        } catch (RevokingCode.UnknownCodeException unknown) {
            throw new Problem(HttpStatus.NOT_FOUND, "code-not-found");
        } catch (RevokingCode.AlreadyRevokedException again) {
            var first = again.first();
            throw new Problem(HttpStatus.CONFLICT, "code-already-revoked")
                    .with("revokedAt", first == null ? null : first.revokedAt().toString())
                    .with("category", first == null ? null : first.category().name());
        }
    }

    /**
     * @param category RECORD_CORRECTED, ISSUED_IN_ERROR or FRAUD
     * @param reason   the operator's explanation, 10 to 2,000 characters; kept in code-service only
     */
    record RevocationRequest(String category, String reason) {
    }

    record RevokedView(String code, String category, Instant revokedAt, String revokedBy) {
    }
}
