package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.PortalPage;
import ir.saorg.sehat.request.access.web.RequestVisibility;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.query.ListingRequests;
import ir.saorg.sehat.request.query.ListingRequests.Page;
import ir.saorg.sehat.request.query.web.RequestListController.Asked;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The portal's pages of requests: the list with its filters ({@code /requests}), and one request with its timeline,
 * payment, code and the actions its status allows ({@code /requests/{id}}). Staff see their university's, operators
 * and administrators every one, exactly as the API decides.
 */
@PortalPage
class RequestPages {

    static final String ID = "{id:[0-9a-fA-F-]{36}}";

    private final RequestListController listing;
    private final Requests requests;
    private final RequestTypeCatalogue types;
    private final ProblemDetailsAdvice problems;

    RequestPages(RequestListController listing, Requests requests, RequestTypeCatalogue types,
                 ProblemDetailsAdvice problems) {
        this.listing = listing;
        this.requests = requests;
        this.types = types;
        this.problems = problems;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/requests";
    }

    @GetMapping("/requests")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String student, @RequestParam(required = false) String batch,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Jwt caller, Model model,
                HttpServletResponse response) {
        var asked = new Asked(listOf(status), listOf(type), from, to, student, batch, null);
        model.addAttribute("asked", asked);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("types", typeNames());
        try {
            Page found = listing.page(asked, page, ListingRequests.DEFAULT_SIZE, caller);
            model.addAttribute("rows", found.items().stream().map(RequestRow::of).toList());
            model.addAttribute("page", found.page());
            model.addAttribute("hasNext", found.hasNext());
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.describe(problem));
            model.addAttribute("rows", List.of());
        }
        return "requests/list";
    }

    @GetMapping("/requests/" + ID)
    String one(@PathVariable String id, @RequestParam(required = false) String refused,
               @AuthenticationPrincipal Jwt caller, Model model, HttpServletResponse response) {
        var request = requests.find(id.toLowerCase()).filter(r -> RequestVisibility.visibleTo(r, caller));
        if (request.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "requests/not-found";
        }
        RequestType type = types.version(request.get().type(), request.get().typeVersion())
                .or(() -> types.current(request.get().type())).orElse(null);
        model.addAttribute("request", RequestView.of(request.get()));
        model.addAttribute("open", request.get().status().open());
        model.addAttribute("type", type);
        model.addAttribute("shownFields", ShownField.of(type, request.get().fields()));
        Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(refused)).findFirst()
                .ifPresent(status -> model.addAttribute("refused", status.name()));
        return "requests/detail";
    }

    /** Each type's code with its names, for the filter and for naming the type in rows. */
    private Map<String, RequestType> typeNames() {
        return types.all().stream().collect(Collectors.toMap(RequestType::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
