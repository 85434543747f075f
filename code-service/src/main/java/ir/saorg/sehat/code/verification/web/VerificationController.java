package ir.saorg.sehat.code.verification.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.verification.ClientFingerprint;
import ir.saorg.sehat.code.verification.Throttled;
import ir.saorg.sehat.code.verification.Verification;
import ir.saorg.sehat.code.verification.Verifying;
import ir.saorg.sehat.platform.problem.Problem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.function.Supplier;

/**
 * Public verification, no login. {@code GET /api/v1/verifications/{code}} answers with the least that serves;
 * {@code POST /api/v1/verifications} with {@code {"code", "nationalId"}} shows the full record to whoever knows the
 * holder's national ID (in the body, so that it stays out of URLs and access logs).
 */
@RestController
@RequestMapping("/api/v1/verifications")
public class VerificationController {

    private final Verifying verifying;
    private final ClientFingerprint fingerprints;

    VerificationController(Verifying verifying, ClientFingerprint fingerprints) {
        this.verifying = verifying;
        this.fingerprints = fingerprints;
    }

    /** A code and the holder's national ID, as typed. */
    record VerifyWithHolder(String code, String nationalId) {
    }

    @GetMapping("/{code}")
    Verification withCodeAlone(@PathVariable String code, HttpServletRequest request) {
        return answer(() -> verifying.withCodeAlone(code, client(request)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Verification withHolder(@RequestBody VerifyWithHolder body, HttpServletRequest request) {
        return answer(() -> verifying.withHolder(body.code(), body.nationalId(), client(request)));
    }

    /** The problem type of input that cannot be a code; also the key of its message on the page. */
    public static String slugFor(MalformedCodeException e) {
        return switch (e.reason()) {
            case LENGTH -> "code-length";
            case CHARACTERS -> "code-characters";
            case CHECK_DIGIT -> "code-check-digit";
        };
    }

    private String client(HttpServletRequest request) {
        return fingerprints.of(request.getRemoteAddr());
    }

    private static Verification answer(Supplier<Verification> verification) {
        try {
            return verification.get();
        } catch (MalformedCodeException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, slugFor(e));
        } catch (Verifying.MalformedNationalIdException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, "national-id-malformed");
        } catch (Throttled e) {
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "verification-throttled", seconds)
                    .withHeader("Retry-After", String.valueOf(seconds)).with("limit", e.limit());
        }
    }
}
