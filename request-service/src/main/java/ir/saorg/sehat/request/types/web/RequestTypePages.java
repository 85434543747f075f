package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.PortalPage;
import ir.saorg.sehat.request.types.DefiningRequestType;
import ir.saorg.sehat.request.types.DefiningRequestType.Saved;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import ir.saorg.sehat.request.types.RequestTypeVersions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The operator's pages of request types: every type with its call windows and whether it is open now
 * ({@code /operator/request-types}); one type with its current definition, its versions and a form for what
 * operators change most ({@code /operator/request-types/{code}}); and a form for a new type. Forms go through
 * {@link DefiningRequestType} exactly as the API's changes do, so a refused one comes back with what was typed and
 * every problem beside its field, in the API's words; who may do what is {@link RequestTypeAccess}'s.
 */
@PortalPage
class RequestTypePages {

    static final String BASE = "/operator/request-types";
    private static final String CODE = "{code:[A-Za-z][A-Za-z0-9_]{0,63}}";

    private final RequestTypeCatalogue types;
    private final RequestTypeVersions versions;
    private final DefiningRequestType defining;
    private final ProblemDetailsAdvice problems;
    private final MessageSource messages;
    private final GuideJson guides;
    private final Clock clock;

    RequestTypePages(RequestTypeCatalogue types, RequestTypeVersions versions, DefiningRequestType defining,
                     ProblemDetailsAdvice problems, MessageSource messageSource, JsonMapper json,
                     ObjectProvider<Clock> clock) {
        this.types = types;
        this.versions = versions;
        this.defining = defining;
        this.problems = problems;
        this.messages = messageSource;
        this.guides = new GuideJson(json);
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("types", types.all());
        model.addAttribute("now", clock.instant());
        return "types/list";
    }

    @GetMapping(BASE + "/new")
    String blank(Model model) {
        return creating(model, TypeForm.newType(guides.holderFields()), Map.of(), null);
    }

    @PostMapping(BASE)
    String create(@ModelAttribute TypeForm form, @AuthenticationPrincipal Jwt operator, Model model,
                  HttpServletResponse response) {
        return saved(form, model, response, read -> defining.create(read.definition(),
                RequestTypeProblems.operatorOf(operator)), (errors, problem) -> creating(model, form, errors, problem));
    }

    @GetMapping(BASE + "/" + CODE)
    String one(@PathVariable String code, @RequestParam(required = false) Integer saved, Model model) {
        RequestType type = current(code);
        model.addAttribute("saved", saved);
        return changing(model, type, TypeForm.of(type, guides.write(type)), Map.of(), null);
    }

    @PostMapping(BASE + "/" + CODE)
    String change(@PathVariable String code, @ModelAttribute TypeForm form, @AuthenticationPrincipal Jwt operator,
                  Model model, HttpServletResponse response) {
        RequestType type = current(code);
        Set<Integer> basedOn = Set.of(form.basedOn() == null ? -1 : form.basedOn());
        return saved(form, model, response, read -> defining.change(type.code(), basedOn, read.definition(),
                RequestTypeProblems.operatorOf(operator)), (errors, problem) -> changing(model, type, form, errors,
                problem));
    }

    private interface Action {
        Saved apply(TypeForm.Read read);
    }

    private interface Refused {
        String page(Map<String, String> errors, ProblemDetail problem);
    }

    private String saved(TypeForm form, Model model, HttpServletResponse response, Action action, Refused refused) {
        TypeForm.Read read = form.definition(guides);
        if (!read.readable()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            read.unreadable().forEach((slot, key) -> errors.put(slot, message(key)));
            return refused.page(errors, null);
        }
        try {
            Saved saved = RequestTypeProblems.answering(() -> action.apply(read));
            RequestType type = saved.version().type();
            return "redirect:" + BASE + "/" + type.code() + "?saved=" + type.version();
        } catch (Problem problem) {
            // A page's answer is swapped in only on the statuses the portal script shows in place; 412 is not one.
            HttpStatus status = problem.status() == HttpStatus.PRECONDITION_FAILED ? HttpStatus.CONFLICT
                    : problem.status();
            response.setStatus(status.value());
            ProblemDetail detail = problems.describe(problem);
            return refused.page(TypeFormSlots.errors(detail, read.windowSlots()), detail);
        }
    }

    private String creating(Model model, TypeForm form, Map<String, String> errors, ProblemDetail problem) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "types/new";
    }

    private String changing(Model model, RequestType type, TypeForm form, Map<String, String> errors,
                            ProblemDetail problem) {
        model.addAttribute("type", type);
        model.addAttribute("versions", versions.historyOf(type.code()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "types/one";
    }

    private RequestType current(String code) {
        return types.current(code).orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "unknown-request-type", code));
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
