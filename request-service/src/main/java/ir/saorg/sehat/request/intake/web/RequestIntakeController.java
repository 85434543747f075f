package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.InvalidFieldsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.types.RequestTypes;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * {@code POST /api/v1/requests}: a staff member submits a request; 202 with its id and where to follow it. With a
 * staff token the request belongs to the token's university and names its subject on the timeline.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestIntakeController {

    private final SubmittingRequest submitting;

    RequestIntakeController(RequestLifecycle lifecycle) {
        this.submitting = new SubmittingRequest(lifecycle);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> submit(@RequestBody SubmitRequest command,
                                               @AuthenticationPrincipal Jwt staff) {
        if (command.type() == null || command.type().isBlank()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "missing-type");
        }
        Request request;
        try {
            request = staff == null ? submitting.submit(command, "staff", null)
                    : submitting.submit(command, staff.getSubject(), SehatRoles.university(staff));
        } catch (UnknownRequestTypeException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-request-type", command.type())
                    .with("knownTypes", RequestTypes.all().stream().map(t -> t.code()).toList());
        } catch (InvalidFieldsException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fields", e.problems().size())
                    .with("errors", e.problems().stream()
                            .map(p -> FieldProblem.of(p.field(), p.key(), p.arguments().toArray())).toList());
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/requests/" + request.id()))
                .body(Map.of("id", request.id(), "status", request.status().name()));
    }
}
