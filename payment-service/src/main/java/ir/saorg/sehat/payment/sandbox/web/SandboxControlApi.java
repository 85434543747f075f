package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.payment.sandbox.GatewayRefusal;
import ir.saorg.sehat.payment.sandbox.PayAction;
import ir.saorg.sehat.payment.sandbox.SandboxControl;
import ir.saorg.sehat.payment.sandbox.SandboxGateway;
import ir.saorg.sehat.payment.sandbox.SandboxSession;
import ir.saorg.sehat.payment.sandbox.ZarinpalCode;
import ir.saorg.sehat.payment.sandbox.config.SandboxConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's own control API (not Zarinpal's), for tests: {@code /sandbox/zarinpal/control} reads and sets the
 * delay and outage every protocol call goes through; {@code control/sessions/{authority}} changes a session's amount;
 * {@code control/sessions/{authority}/pay} (or {@code decline}, {@code cancel}) presses the pay page's button without a
 * browser and answers with the callback address the browser would have been sent to.
 */
@RestController
@RequestMapping("/sandbox/zarinpal/control")
@ConditionalOnBooleanProperty(name = SandboxConfiguration.ENABLED, matchIfMissing = true)
public class SandboxControlApi extends ZarinpalErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(SandboxControlApi.class);

    private final SandboxControl control;
    private final SandboxGateway gateway;

    SandboxControlApi(SandboxControl control, SandboxGateway gateway) {
        this.control = control;
        this.gateway = gateway;
    }

    /** Fields left out (null) keep their current value. */
    record ControlChange(Long delayMillis, Boolean down) {
    }

    record AmountChange(Long amount) {
    }

    record SessionView(String authority, long amount, String status) {
    }

    record CompletionView(String authority, String status, String callbackUrl) {
    }

    @GetMapping
    SandboxControl.Settings settings() {
        return control.settings();
    }

    @PutMapping
    SandboxControl.Settings change(@RequestBody ControlChange change) {
        SandboxControl.Settings settings = control.update(change.delayMillis(), change.down());
        log.info("Sandbox gateway control: delay {} ms, down {}", settings.delayMillis(), settings.down());
        return settings;
    }

    @PutMapping("/sessions/{authority}")
    SessionView changeAmount(@PathVariable String authority, @RequestBody AmountChange change) {
        SandboxSession session = gateway.changeAmount(authority, change.amount());
        return new SessionView(session.authority(), session.amount(), session.status().name());
    }

    @PostMapping("/sessions/{authority}/{action}")
    CompletionView complete(@PathVariable String authority, @PathVariable String action) {
        PayAction chosen = PayAction.parse(action)
                .orElseThrow(() -> GatewayRefusal.invalid("action", "The action must be pay, decline or cancel."));
        SandboxGateway.Completion completion = gateway.complete(authority, chosen)
                .orElseThrow(() -> new GatewayRefusal(ZarinpalCode.INVALID_AUTHORITY));
        return new CompletionView(completion.session().authority(), completion.session().status().name(),
                completion.callbackUrl());
    }
}
