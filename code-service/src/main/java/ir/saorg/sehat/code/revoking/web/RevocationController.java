package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.revoking.RevokingCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

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
        IssuedCode revoked = RevocationProblems.answering(
                () -> revoking.revoke(code, body.category(), body.reason(), operator.getSubject()));
        return new RevokedView(revoked.id(), revoked.revocation().category().name(),
                revoked.revocation().revokedAt(), revoked.revocation().revokedBy());
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
