package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.code.audit.ReviewingVerifications;
import ir.saorg.sehat.code.audit.VerificationLog;
import ir.saorg.sehat.code.audit.Viewer;
import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.revoking.RevokingCode;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.FieldErrors;
import ir.saorg.sehat.portal.PortalPage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.Map;

/**
 * The operator's pages of codes: look one up as typed, in any digits, with spaces or dashes
 * ({@code /operator/codes}); see its status, masked holder, type, university, dates and how often it was verified,
 * and revoke it with a category and an explanation ({@code /operator/codes/{code}}). Revoking goes through
 * {@link RevokingCode} exactly as the API's does, so a refusal is shown beside its field in the API's words; who may
 * do what is {@link RevocationAccess}'s.
 */
@PortalPage
class RevocationPages {

    static final String BASE = "/operator/codes";

    private final Codes codes;
    private final RevokingCode revoking;
    private final ReviewingVerifications reviewing;
    private final Universities universities;
    private final ProblemDetailsAdvice problems;
    private final Clock clock = Clock.systemUTC();

    RevocationPages(Codes codes, VerificationLog log, Universities universities, ProblemDetailsAdvice problems) {
        this.codes = codes;
        this.revoking = new RevokingCode(codes, clock);
        this.reviewing = new ReviewingVerifications(codes, log, universities, clock);
        this.universities = universities;
        this.problems = problems;
    }

    @GetMapping(BASE)
    String lookUp(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        if (code == null || code.isBlank()) {
            return "codes/lookup";
        }
        try {
            VerificationCode parsed = parse(code);
            IssuedCode found = codes.byCode(parsed.digits()).orElseThrow(RevocationProblems::notFound);
            return "redirect:" + BASE + "/" + found.id();
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.describe(problem));
            return "codes/lookup";
        }
    }

    @GetMapping(BASE + "/{code}")
    String one(@PathVariable String code, @RequestParam(required = false) Boolean revoked, Model model) {
        model.addAttribute("revoked", Boolean.TRUE.equals(revoked));
        return page(issued(code), model, null, null, null);
    }

    @PostMapping(BASE + "/{code}/revocation")
    String revoke(@PathVariable String code, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal Jwt operator, Model model,
                  HttpServletResponse response) {
        IssuedCode issued = issued(code);
        try {
            RevocationProblems.answering(() -> revoking.revoke(issued.id(), category, reason, operator.getSubject()));
            return "redirect:" + BASE + "/" + issued.id() + "?revoked=true";
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("revoked", false);
            return page(codes.byCode(issued.id()).orElse(issued), model, problems.describe(problem), category, reason);
        }
    }

    private String page(IssuedCode issued, Model model, ProblemDetail problem, String category, String reason) {
        long verifications = reviewing.history(issued.id(), Viewer.organisation(), 0, 1).total();
        model.addAttribute("code", CodeView.of(issued, universities.named(issued.university()), verifications,
                clock.instant()));
        model.addAttribute("categories", CodeRevoked.Category.values());
        model.addAttribute("problem", problem);
        model.addAttribute("fieldErrors", FieldErrors.of(problem));
        model.addAttribute("category", category);
        model.addAttribute("reason", reason);
        return "codes/one";
    }

    private IssuedCode issued(String code) {
        return codes.byCode(parse(code).digits()).orElseThrow(RevocationProblems::notFound);
    }

    private static VerificationCode parse(String code) {
        try {
            return VerificationCode.parse(code);
        } catch (MalformedCodeException malformed) {
            throw RevocationProblems.malformed(malformed);
        }
    }
}
