package ir.saorg.sehat.code.verification.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * {@code GET /api/v1/verifications/{code}}: public, no login. A malformed code is refused with what is wrong with it
 * before any lookup; a well-formed one is answered VALID, EXPIRED or UNKNOWN with the least detail that serves.
 */
@RestController
@RequestMapping("/api/v1/verifications")
class VerificationController {

    private final Codes codes;
    private final Clock clock = Clock.systemUTC();

    VerificationController(Codes codes) {
        this.codes = codes;
    }

    /** What a verifier learns from the code alone. */
    record Verification(String code, Result result, String requestType, Instant issuedAt, Instant expiresAt) {
    }

    enum Result { VALID, EXPIRED, UNKNOWN }

    @GetMapping("/{code}")
    Verification verify(@PathVariable String code) {
        VerificationCode parsed;
        try {
            parsed = VerificationCode.parse(code);
        } catch (MalformedCodeException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, switch (e.reason()) {
                case LENGTH -> "code-length";
                case CHARACTERS -> "code-characters";
                case CHECK_DIGIT -> "code-check-digit";
            });
        }
        return codes.byCode(parsed.digits()).map(issued -> answer(parsed, issued))
                .orElse(new Verification(parsed.display(), Result.UNKNOWN, null, null, null));
    }

    private Verification answer(VerificationCode code, IssuedCode issued) {
        Result result = clock.instant().isBefore(issued.expiresAt()) ? Result.VALID : Result.EXPIRED;
        return new Verification(code.display(), result, issued.requestType(), issued.issuedAt(), issued.expiresAt());
    }
}
