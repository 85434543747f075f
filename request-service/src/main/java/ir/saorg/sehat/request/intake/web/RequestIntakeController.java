package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.platform.text.JalaliDates;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.IdempotencyKeyReusedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.InvalidFieldsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.OpenRequestExistsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submission;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
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

    private final SubmittingRequest submitting;
    private final RequestTypeCatalogue types;

    RequestIntakeController(SubmittingRequest submitting, RequestTypeCatalogue types) {
        this.submitting = submitting;
        this.types = types;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> submit(@RequestBody SubmitRequest command, @AuthenticationPrincipal Jwt staff,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String university = SehatRoles.university(staff);
        if (university == null || university.isBlank()) {
            throw new Problem(HttpStatus.FORBIDDEN, "no-university");
        }
        if (key != null && !KEY.matcher(key).matches()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "bad-idempotency-key");
        }
        if (command.type() == null || command.type().isBlank()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "missing-type");
        }
        Submission submission = submitted(command, new Submitter(staff.getSubject(), university), key);
        var body = Map.of("id", submission.request().id(), "status", submission.request().status().name());
        URI location = URI.create("/api/v1/requests/" + submission.request().id());
        return submission.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body)
                : ResponseEntity.accepted().location(location).body(body);
    }

    private Submission submitted(SubmitRequest command, Submitter who, String key) {
        try {
            return submitting.submit(command, who, key, null);
        } catch (UnknownRequestTypeException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-request-type", command.type())
                    .with("knownTypes", types.all().stream().map(RequestType::code).toList());
        } catch (CallClosedException e) {
            throw callClosed(e);
        } catch (InvalidFieldsException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fields", e.problems().size())
                    .with("errors", e.problems().stream()
                            .map(p -> FieldProblem.of(p.field(), p.key(), p.arguments().toArray())).toList());
        } catch (OpenRequestExistsException e) {
            throw openRequestExists(command.type(), e.open());
        } catch (IdempotencyKeyReusedException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", e.original().id())
                    .with("originalRequest", e.original().id());
        }
    }

    private static Problem openRequestExists(String type, Request open) {
        var problem = new Problem(HttpStatus.CONFLICT, "open-request-exists", type);
        return open == null ? problem : problem.with("openRequest", open.id())
                .with("openRequestStatus", open.status().name())
                .withHeader("Location", "/api/v1/requests/" + open.id());
    }

    static Problem callClosed(CallClosedException e) {
        CallWindow last = e.last();
        CallWindow next = e.next();
        Problem problem;
        if (next != null) {
            problem = new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "call-not-open", e.type().nameFa(),
                    e.type().nameEn(), JalaliDates.persian(next.opensAt()), JalaliDates.english(next.opensAt()),
                    JalaliDates.persian(next.closesAt()), JalaliDates.english(next.closesAt()))
                    .with("opensAt", next.opensAt()).with("closesAt", next.closesAt());
        } else {
            problem = new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "call-ended", e.type().nameFa(), e.type().nameEn(),
                    last == null ? "" : JalaliDates.persian(last.closesAt()),
                    last == null ? "" : JalaliDates.english(last.closesAt()));
            if (last != null) {
                problem = problem.with("closedAt", last.closesAt());
            }
        }
        return problem;
    }
}
