package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.payment.sandbox.PayAction;
import ir.saorg.sehat.payment.sandbox.SandboxGateway;
import ir.saorg.sehat.payment.sandbox.SandboxSession;
import ir.saorg.sehat.payment.sandbox.SessionStatus;
import ir.saorg.sehat.payment.sandbox.config.SandboxConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /sandbox/zarinpal/pg/StartPay/{authority}}: the page a payer is sent to, in Persian with English beside it
 * and marked as a sandbox. Its three buttons post {@code action=pay|decline|cancel} back to the same address, which
 * answers {@code 303 See Other} to the merchant's callback with {@code Authority} and {@code Status=OK|NOK}. The mock
 * card fields have no names: nothing typed in them is ever sent.
 */
@Controller
@RequestMapping("/sandbox/zarinpal/pg/StartPay/{authority}")
@ConditionalOnBooleanProperty(name = SandboxConfiguration.ENABLED, matchIfMissing = true)
public class StartPayPage {

    static final String PAGE = "sandbox/start-pay";
    static final String PROBLEM_PAGE = "sandbox/start-pay-problem";
    private static final Logger log = LoggerFactory.getLogger(StartPayPage.class);
    private static final DateTimeFormatter CLOCK_TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(SandboxGateway.TEHRAN);

    private final SandboxGateway gateway;

    StartPayPage(SandboxGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    ModelAndView show(@PathVariable String authority, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<SandboxSession> session = gateway.session(authority);
        if (session.isEmpty()) {
            return problem("unknown", authority, HttpStatus.NOT_FOUND);
        }
        return new ModelAndView(PAGE, describe(session.get()));
    }

    @PostMapping
    ModelAndView act(@PathVariable String authority, @RequestParam(required = false) String action,
                     HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<PayAction> chosen = PayAction.parse(action);
        if (chosen.isEmpty()) {
            return problem("action", authority, HttpStatus.BAD_REQUEST);
        }
        Optional<SandboxGateway.Completion> completion = gateway.complete(authority, chosen.get());
        if (completion.isEmpty()) {
            return problem("unknown", authority, HttpStatus.NOT_FOUND);
        }
        var redirect = new RedirectView(completion.get().callbackUrl());
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setExposeModelAttributes(false);
        redirect.setPropagateQueryParams(false);
        return new ModelAndView(redirect);
    }

    private Map<String, Object> describe(SandboxSession session) {
        var model = new HashMap<String, Object>();
        model.put("authority", session.authority());
        model.put("merchantId", session.merchantId());
        model.put("description", session.description());
        model.put("amountFa", PersianNumbers.rials(session.amount()));
        model.put("amountEn", PersianNumbers.grouped(session.amount()) + " IRR");
        model.put("status", session.status().name());
        model.put("open", session.status() == SessionStatus.IN_BANK);
        model.put("paid", session.status().paid());
        String until = CLOCK_TIME.format(gateway.expiresAt(session));
        model.put("expiresFa", PersianNumbers.persian(until));
        model.put("expiresEn", until);
        if (session.status() != SessionStatus.IN_BANK) {
            model.put("callbackUrl", SandboxGateway.callbackUrl(session));
        }
        return model;
    }

    private static ModelAndView problem(String problem, String authority, HttpStatus status) {
        log.warn("Sandbox StartPay refused authority {}: {}", printable(authority), problem);
        return new ModelAndView(PROBLEM_PAGE, Map.of("problem", problem, "authority", authority), status);
    }

    /** For the log: letters and digits only, at most 40 (an authority has 36). */
    static String printable(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}
