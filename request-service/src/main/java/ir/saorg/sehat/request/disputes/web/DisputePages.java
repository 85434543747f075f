package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.PortalPage;
import ir.saorg.sehat.request.access.web.RequestVisibility;
import ir.saorg.sehat.request.disputes.Dispute;
import ir.saorg.sehat.request.disputes.DisputeStatus;
import ir.saorg.sehat.request.disputes.Disputes;
import ir.saorg.sehat.request.disputes.FindingDisputes;
import ir.saorg.sehat.request.disputes.NegotiatingDispute;
import ir.saorg.sehat.request.disputes.OpeningDispute;
import ir.saorg.sehat.request.disputes.SettlingDispute;
import ir.saorg.sehat.request.lifecycle.Requests;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Disputes in the portal: a request's page loads its dispute part from here ({@code /requests/{id}/dispute}: the
 * dispute, or for staff the form to open one once the request has an outcome); {@code /disputes} lists them, open
 * first for operators; {@code /disputes/{id}} is the negotiation, with replies and, for operators, the settlement.
 * Every rule is the API's ({@link DisputeProblems}).
 */
@PortalPage
class DisputePages {

    private final Requests requests;
    private final Disputes disputes;
    private final FindingDisputes finding;
    private final OpeningDispute opening;
    private final NegotiatingDispute negotiating;
    private final SettlingDispute settling;
    private final ProblemDetailsAdvice problems;

    DisputePages(Requests requests, Disputes disputes, FindingDisputes finding, OpeningDispute opening,
                 NegotiatingDispute negotiating, SettlingDispute settling, ProblemDetailsAdvice problems) {
        this.requests = requests;
        this.disputes = disputes;
        this.finding = finding;
        this.opening = opening;
        this.negotiating = negotiating;
        this.settling = settling;
        this.problems = problems;
    }

    @GetMapping("/requests/{id}/dispute")
    String ofRequest(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller, Model model) {
        var request = requests.find(id.toString()).filter(r -> RequestVisibility.visibleTo(r, caller))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "request-not-found", id));
        model.addAttribute("requestId", request.id());
        model.addAttribute("disputable", OpeningDispute.OUTCOMES.contains(request.status()));
        disputes.findByRequest(request.id()).ifPresent(dispute -> model.addAttribute("dispute", dispute));
        return "disputes/of-request";
    }

    @PostMapping("/requests/{id}/disputes")
    String open(@PathVariable UUID id, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal Jwt caller) {
        Dispute dispute = DisputeProblems.answering(() -> opening.open(id.toString(), Parties.of(caller), reason));
        return "redirect:/disputes/" + dispute.id();
    }

    @GetMapping("/disputes")
    String list(@RequestParam(required = false) DisputeStatus status, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal Jwt caller, Model model) {
        Disputes.Page found = finding.list(status, Parties.of(caller), Math.max(0, page), 20);
        model.addAttribute("disputes", found.items());
        model.addAttribute("status", status);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", (long) (Math.max(0, page) + 1) * 20 < found.total());
        return "disputes/list";
    }

    @GetMapping("/disputes/{id}")
    String one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller, Model model) {
        model.addAttribute("dispute", DisputeProblems.answering(() -> finding.one(id.toString(), Parties.of(caller))));
        return "disputes/one";
    }

    @PostMapping("/disputes/{id}/messages")
    String write(@PathVariable UUID id, @RequestParam(required = false) String text, @AuthenticationPrincipal Jwt caller,
                 Model model, HttpServletResponse response) {
        return acted(id, caller, model, response,
                () -> negotiating.write(id.toString(), Parties.of(caller), text));
    }

    @PostMapping("/disputes/{id}/settlement")
    String settle(@PathVariable UUID id, @RequestParam(required = false) String decision,
                  @AuthenticationPrincipal Jwt caller, Model model, HttpServletResponse response) {
        return acted(id, caller, model, response,
                () -> settling.settle(id.toString(), Parties.of(caller), decision));
    }

    private String acted(UUID id, Jwt caller, Model model, HttpServletResponse response, Supplier<Dispute> action) {
        try {
            DisputeProblems.answering(action);
            return "redirect:/disputes/" + id;
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.describe(problem));
            return one(id, caller, model);
        }
    }
}
