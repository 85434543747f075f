package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.disputes.DisputeStatus;
import ir.saorg.sehat.request.disputes.Disputes;
import ir.saorg.sehat.request.disputes.FindingDisputes;
import ir.saorg.sehat.request.disputes.NegotiatingDispute;
import ir.saorg.sehat.request.disputes.SettlingDispute;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Disputes, for staff of their university and for operators and administrators:
 * {@code GET /api/v1/disputes/{id}}; {@code GET /api/v1/disputes?status=OPEN&page=0&size=20} (open ones earliest
 * deadline first, otherwise newest first); {@code POST .../{id}/messages} with {@code {"text": ...}} (a staff reply,
 * or an operator's answer); {@code POST .../{id}/settlement} with {@code {"decision": ...}} (operators). Another
 * university's dispute is answered 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/disputes")
class DisputesController {

    static final int MAX_PAGE_SIZE = 100;

    private final FindingDisputes finding;
    private final NegotiatingDispute negotiating;
    private final SettlingDispute settling;

    DisputesController(FindingDisputes finding, NegotiatingDispute negotiating, SettlingDispute settling) {
        this.finding = finding;
        this.negotiating = negotiating;
        this.settling = settling;
    }

    /** A message in the negotiation. */
    record Message(String text) {
    }

    /** An operator's settlement. */
    record Settlement(String decision) {
    }

    @GetMapping("/{id}")
    DisputeView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        return DisputeView.of(DisputeProblems.answering(() -> finding.one(id.toString(), Parties.of(caller))));
    }

    @GetMapping
    DisputeView.Page list(@RequestParam(required = false) DisputeStatus status,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                          @AuthenticationPrincipal Jwt caller) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "dispute-paging", MAX_PAGE_SIZE);
        }
        Disputes.Page found = finding.list(status, Parties.of(caller), page, size);
        return new DisputeView.Page(found.items().stream().map(DisputeView::of).toList(), page, size, found.total());
    }

    @PostMapping("/{id}/messages")
    DisputeView write(@PathVariable UUID id, @RequestBody(required = false) Message body,
                      @AuthenticationPrincipal Jwt caller) {
        return DisputeView.of(DisputeProblems.answering(() ->
                negotiating.write(id.toString(), Parties.of(caller), body == null ? null : body.text())));
    }

    @PostMapping("/{id}/settlement")
    DisputeView settle(@PathVariable UUID id, @RequestBody(required = false) Settlement body,
                       @AuthenticationPrincipal Jwt caller) {
        return DisputeView.of(DisputeProblems.answering(() ->
                settling.settle(id.toString(), Parties.of(caller), body == null ? null : body.decision())));
    }
}
