package ir.saorg.sehat.request.lifecycle.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.portal.PortalPage;
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
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The request page's buttons: staff cancel before paying, operators approve or reject one under review. Each goes
 * back to the request's page, which shows the new status, or says why its status did not allow the action. Who may
 * press which button is decided as for the API ({@link RequestAccess}, {@link RequestVisibility}).
 */
@PortalPage
class RequestActionPages {

    private final RequestLifecycle lifecycle;
    private final Requests requests;

    RequestActionPages(RequestLifecycle lifecycle, Requests requests) {
        this.lifecycle = lifecycle;
        this.requests = requests;
    }

    @PostMapping("/requests/{id}/cancellation")
    String cancel(@PathVariable UUID id, @AuthenticationPrincipal Jwt staff) {
        return acted(id, staff, () -> lifecycle.cancel(id.toString(), staff.getSubject(), null));
    }

    @PostMapping("/requests/{id}/approval")
    String approve(@PathVariable UUID id, @AuthenticationPrincipal Jwt operator) {
        return acted(id, operator, () -> lifecycle.approve(id.toString(), operator.getSubject()));
    }

    @PostMapping("/requests/{id}/rejection")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal Jwt operator) {
        String checked = RequestActionsController.checked(reason, true);
        return acted(id, operator, () -> lifecycle.reject(id.toString(), operator.getSubject(), checked));
    }

    private String acted(UUID id, Jwt caller, Supplier<Request> action) {
        requests.find(id.toString()).filter(r -> RequestVisibility.visibleTo(r, caller))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "request-not-found", id));
        String page = "redirect:/requests/" + id;
        try {
            action.get();
            return page;
        } catch (NotNowException e) {
            return page + "?refused=" + e.request().status().name();
        }
    }
}
