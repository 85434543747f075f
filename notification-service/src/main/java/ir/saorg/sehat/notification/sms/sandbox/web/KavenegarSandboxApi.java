package ir.saorg.sehat.notification.sms.sandbox.web;

import ir.saorg.sehat.notification.sms.config.SmsConfiguration;
import ir.saorg.sehat.notification.sms.sandbox.KavenegarSandbox;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessage;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Kavenegar's {@code /v1/{API-KEY}/sms/send.json} under {@code /sandbox/kavenegar} (GET or POST, query or form
 * fields, as Kavenegar takes them), and {@code /sandbox/kavenegar/messages}: what it was sent, newest first.
 */
@RestController
@RequestMapping("/sandbox/kavenegar")
@ConditionalOnBooleanProperty(name = SmsConfiguration.SANDBOX, matchIfMissing = true)
class KavenegarSandboxApi {

    private final KavenegarSandbox sandbox;
    private final SandboxMessages messages;

    KavenegarSandboxApi(KavenegarSandbox sandbox, SandboxMessages messages) {
        this.sandbox = sandbox;
        this.messages = messages;
    }

    @RequestMapping(path = "/v1/{apiKey}/sms/send.json", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Map<String, Object>> send(@PathVariable String apiKey,
                                             @RequestParam(required = false) String receptor,
                                             @RequestParam(required = false) String message,
                                             @RequestParam(required = false) String sender,
                                             @RequestParam(required = false) String localid) {
        KavenegarSandbox.Answer answer = sandbox.send(apiKey, receptor, message, sender, localid);
        List<Map<String, Object>> entries = answer.message() == null ? List.of() : List.of(entry(answer.message()));
        return ResponseEntity.status(answer.status()).body(Map.of(
                "return", Map.of("status", answer.status(), "message", answer.text()), "entries", entries));
    }

    @GetMapping("/messages")
    List<Map<String, Object>> sent(@RequestParam(defaultValue = "50") int limit) {
        return messages.newest(Math.max(1, Math.min(limit, 500))).stream().map(KavenegarSandboxApi::entry).toList();
    }

    private static Map<String, Object> entry(SandboxMessage m) {
        return Map.of("messageid", m.messageId(), "message", m.message(), "status", 1, "statustext", "در صف ارسال",
                "sender", m.sender(), "receptor", m.receptor(), "date", m.date().getEpochSecond(), "cost", 120,
                "localid", m.localId() == null ? "" : m.localId());
    }
}
