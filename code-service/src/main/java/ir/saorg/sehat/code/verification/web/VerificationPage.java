package ir.saorg.sehat.code.verification.web;

import ir.saorg.sehat.portal.PortalPage;
import ir.saorg.sehat.platform.text.JalaliDates;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.verification.ClientFingerprint;
import ir.saorg.sehat.code.verification.Throttled;
import ir.saorg.sehat.code.verification.Verification;
import ir.saorg.sehat.code.verification.Verifying;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.function.Supplier;

/**
 * The public verification page, in Persian with English beside it: a form for the code (and, for the full record, the
 * holder's national ID), and {@code /verify/{code}}, where a printed code's QR lands. It answers through the same
 * use case as the API, so the same limits and audit apply.
 */
@PortalPage
class VerificationPage {

    private final Verifying verifying;
    private final ClientFingerprint fingerprints;

    VerificationPage(Verifying verifying, ClientFingerprint fingerprints) {
        this.verifying = verifying;
        this.fingerprints = fingerprints;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        if (code == null || code.isBlank()) {
            return "verify";
        }
        return show(code, () -> verifying.withCodeAlone(code, client(request)), model, response);
    }

    @GetMapping("/verify/{code}")
    String landing(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        return show(code, () -> verifying.withCodeAlone(code, client(request)), model, response);
    }

    @PostMapping("/verify")
    String withHolder(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nationalId,
                      Model model, HttpServletRequest request, HttpServletResponse response) {
        if (nationalId.isBlank()) {
            return show(code, () -> verifying.withCodeAlone(code, client(request)), model, response);
        }
        return show(code, () -> verifying.withHolder(code, nationalId, client(request)), model, response);
    }

    private String show(String code, Supplier<Verification> verification, Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        try {
            Verification answer = verification.get();
            model.addAttribute("answer", answer);
            model.addAttribute("issuedFa", JalaliDates.persian(answer.issuedAt()));
            model.addAttribute("issuedEn", JalaliDates.english(answer.issuedAt()));
            model.addAttribute("expiresFa", JalaliDates.persian(answer.expiresAt()));
            model.addAttribute("expiresEn", JalaliDates.english(answer.expiresAt()));
            if (answer.revoked() != null) {
                model.addAttribute("revokedFa", JalaliDates.persian(answer.revoked().at()));
                model.addAttribute("revokedEn", JalaliDates.english(answer.revoked().at()));
            }
        } catch (MalformedCodeException e) {
            response.setStatus(400);
            model.addAttribute("error", VerificationController.slugFor(e));
        } catch (Verifying.MalformedNationalIdException e) {
            response.setStatus(400);
            model.addAttribute("error", "national-id");
        } catch (Throttled e) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds() + 1)));
            model.addAttribute("error", "throttled");
        }
        return "verify";
    }

    private String client(HttpServletRequest request) {
        return fingerprints.of(request.getRemoteAddr());
    }
}
