package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submission;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/requests}: a staff member (or their university's system) submits a request; 202 with its id and
 * where to follow it. The request belongs to the token's university. With an {@code Idempotency-Key}, a retry returns
 * the original with 200 and {@code Idempotent-Replayed: true}.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestIntakeController {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final Submissions submissions;

    RequestIntakeController(Submissions submissions) {
        this.submissions = submissions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> submit(@RequestBody SubmitRequest command, @AuthenticationPrincipal Jwt staff,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Submitter submitter = Submitters.of(staff);
        if (key != null && !KEY.matcher(key).matches()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "bad-idempotency-key");
        }
        if (command.type() == null || command.type().isBlank()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "missing-type");
        }
        Submission submission = submissions.submit(command, submitter, key);
        var body = Map.of("id", submission.request().id(), "status", submission.request().status().name());
        URI location = URI.create("/api/v1/requests/" + submission.request().id());
        return submission.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body)
                : ResponseEntity.accepted().location(location).body(body);
    }
}
