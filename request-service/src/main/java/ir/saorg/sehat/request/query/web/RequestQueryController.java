package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.access.web.RequestVisibility;
import ir.saorg.sehat.request.lifecycle.Requests;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * {@code GET /api/v1/requests/{id}}: a request's status, timeline and, once issued, its code; for staff of its
 * university, operators and administrators. Anyone else gets 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestQueryController {

    private final Requests requests;

    RequestQueryController(Requests requests) {
        this.requests = requests;
    }

    @GetMapping("/{id}")
    RequestView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        return requests.find(id.toString()).filter(r -> RequestVisibility.visibleTo(r, caller)).map(RequestView::of)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "request-not-found", id));
    }
}
