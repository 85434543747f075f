package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.FieldErrors;
import ir.saorg.sehat.portal.PortalPage;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submission;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Submitting one request from the portal: choose a type ({@code /requests/new}), fill in the form its guide makes
 * ({@code /requests/new/{type}}), and land on the new request's page. A refused form comes back with what was typed
 * and each problem beside its field, exactly as the API would have refused it. Each form carries a one-time key,
 * sent as the submission's idempotency key, so a double click or a resent form makes one request.
 */
@PortalPage
class SubmissionPages {

    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f-]{36}");

    private final Submissions submissions;
    private final RequestTypeCatalogue types;
    private final ProblemDetailsAdvice problems;
    private final Clock clock;

    SubmissionPages(Submissions submissions, RequestTypeCatalogue types, ProblemDetailsAdvice problems,
                    ObjectProvider<Clock> clock) {
        this.submissions = submissions;
        this.types = types;
        this.problems = problems;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** A type as the chooser shows it: whether its call is open now, and until when. */
    record Choice(RequestType type, boolean open, Instant closesAt) {
    }

    @GetMapping("/requests/new")
    String choose(Model model) {
        var now = clock.instant();
        model.addAttribute("choices", types.all().stream().map(type -> {
            var window = type.openWindowAt(now);
            boolean always = type.callWindows().isEmpty();
            return new Choice(type, window.isPresent(), always ? null : window.map(CallWindow::closesAt).orElse(null));
        }).toList());
        return "requests/new";
    }

    @GetMapping("/requests/new/{code}")
    String form(@PathVariable String code, Model model, HttpServletResponse response) {
        var type = types.current(code);
        if (type.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "redirect:/requests/new";
        }
        return form(model, type.get(), Map.of(), UUID.randomUUID().toString(), null);
    }

    @PostMapping("/requests/new/{code}")
    String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
                  @AuthenticationPrincipal Jwt staff, Model model, HttpServletResponse response) {
        var type = types.current(code);
        if (type.isEmpty()) {
            return "redirect:/requests/new";
        }
        Map<String, String> fields = fieldsOf(type.get(), form);
        String formKey = form.getFirst("formKey");
        String key = formKey != null && FORM_KEY.matcher(formKey).matches() ? formKey : UUID.randomUUID().toString();
        try {
            Submission submission = submissions.submit(new SubmitRequest(code, fields), Submitters.of(staff),
                    "portal:" + key);
            return "redirect:/requests/" + submission.request().id();
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            return form(model, type.get(), fields, key, problems.describe(problem));
        }
    }

    private String form(Model model, RequestType type, Map<String, String> values, String formKey,
                        ProblemDetail problem) {
        model.addAttribute("type", type);
        model.addAttribute("values", values);
        model.addAttribute("formKey", formKey);
        model.addAttribute("problem", problem);
        model.addAttribute("fieldErrors", FieldErrors.of(problem));
        return "requests/form";
    }

    /** Only the guide's fields, as typed; blank ones are left out, as if the API client had not sent them. */
    private static Map<String, String> fieldsOf(RequestType type, MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (GuideField field : type.fields()) {
            String value = form.getFirst("f." + field.name());
            if (value != null && !value.isBlank()) {
                fields.put(field.name(), value);
            }
        }
        return fields;
    }
}
