package ir.saorg.sehat.request.lifecycle.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.access.web.RequestVisibility;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NotNowException;
import ir.saorg.sehat.request.lifecycle.Requests;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What people do to a request: staff cancel it before paying ({@code POST .../cancellation}); operators approve or
 * reject one under review ({@code POST .../approval}, {@code POST .../rejection} with a reason). Each answers with
 * the request's new status; an action its status does not allow is a 409 naming that status.
 */
@RestController
@RequestMapping("/api/v1/requests/{id}")
class RequestActionsController {

    static final int MAX_REASON = 2000;

    private final RequestLifecycle lifecycle;
    private final Requests requests;

    RequestActionsController(RequestLifecycle lifecycle, Requests requests) {
        this.lifecycle = lifecycle;
        this.requests = requests;
    }

    /** A person's reason for an action. */
    record Reason(String reason) {
    }

    @PostMapping("/cancellation")
    Map<String, String> cancel(@PathVariable UUID id, @RequestBody(required = false) Reason body,
                               @AuthenticationPrincipal Jwt staff) {
        visible(id, staff);
        String reason = body == null ? null : checked(body.reason(), false);
        return answer(() -> lifecycle.cancel(id.toString(), staff.getSubject(), reason));
    }

    @PostMapping("/approval")
    Map<String, String> approve(@PathVariable UUID id, @AuthenticationPrincipal Jwt operator) {
        visible(id, operator);
        return answer(() -> lifecycle.approve(id.toString(), operator.getSubject()));
    }

    @PostMapping("/rejection")
    Map<String, String> reject(@PathVariable UUID id, @RequestBody(required = false) Reason body,
                               @AuthenticationPrincipal Jwt operator) {
        visible(id, operator);
        String reason = checked(body == null ? null : body.reason(), true);
        return answer(() -> lifecycle.reject(id.toString(), operator.getSubject(), reason));
    }

    private void visible(UUID id, Jwt caller) {
        requests.find(id.toString()).filter(r -> RequestVisibility.visibleTo(r, caller))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "request-not-found", id));
    }

    static String checked(String reason, boolean required) {
        String text = reason == null ? "" : reason.strip();
        if (required && text.isEmpty()) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "reason-required");
        }
        if (text.length() > MAX_REASON) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "reason-too-long", MAX_REASON);
        }
        return text.isEmpty() ? null : text;
    }

    private static Map<String, String> answer(Supplier<Request> action) {
        try {
            Request request = action.get();
            return Map.of("id", request.id(), "status", request.status().name());
        } catch (NotNowException e) {
            throw new Problem(HttpStatus.CONFLICT, "not-now-" + e.action(), e.request().status().name())
                    .with("status", e.request().status().name());
        }
    }
}
