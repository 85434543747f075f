package ir.saorg.sehat.request.lifecycle.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.intake.GuideCheck;
import ir.saorg.sehat.request.lifecycle.CorrectingRecord;
import ir.saorg.sehat.request.lifecycle.CorrectingRecord.OpenRequestConflict;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NotNowException;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/v1/requests/{id}/correction} (operators): corrects the record behind an issued code with the full,
 * corrected fields and a reason. Answers 201 with the correcting request, whose new code replaces the old one.
 */
@RestController
@RequestMapping("/api/v1/requests/{id}/correction")
class RequestCorrectionController {

    private final CorrectingRecord correcting;
    private final Requests requests;

    RequestCorrectionController(Requests requests, RequestTypeCatalogue types, ObjectProvider<Clock> clock) {
        this.correcting = new CorrectingRecord(requests, types, clock.getIfUnique(Clock::systemUTC));
        this.requests = requests;
    }

    /** The corrected fields (all of them, as in a submission) and why. */
    record Correction(Map<String, String> fields, String reason) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> correct(@PathVariable UUID id, @RequestBody Correction body,
                                                @AuthenticationPrincipal Jwt operator) {
        Request original = requests.find(id.toString())
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "request-not-found", id));
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "reason-required");
        }
        if (reason.length() > RequestActionsController.MAX_REASON) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "reason-too-long", RequestActionsController.MAX_REASON);
        }
        GuideCheck.Result checked = GuideCheck.check(correcting.typeOf(original),
                body.fields() == null ? Map.of() : body.fields());
        if (!checked.valid()) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fields", checked.problems().size())
                    .with("errors", checked.problems().stream()
                            .map(p -> FieldProblem.of(p.field(), p.key(), p.arguments().toArray())).toList());
        }
        try {
            Request correction = correcting.correct(original, checked.fields(), operator.getSubject(), reason);
            return ResponseEntity.created(URI.create("/api/v1/requests/" + correction.id()))
                    .body(Map.of("id", correction.id(), "status", correction.status().name(), "corrects", original.id()));
        } catch (NotNowException e) {
            throw new Problem(HttpStatus.CONFLICT, "not-now-correct", e.request().status().name())
                    .with("status", e.request().status().name());
        } catch (OpenRequestConflict e) {
            var problem = new Problem(HttpStatus.CONFLICT, "open-request-exists", original.type());
            throw e.open() == null ? problem : problem.with("openRequest", e.open().id());
        }
    }
}
