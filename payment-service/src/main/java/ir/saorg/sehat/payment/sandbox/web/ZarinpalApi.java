package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.payment.sandbox.SandboxControl;
import ir.saorg.sehat.payment.sandbox.SandboxGateway;
import ir.saorg.sehat.payment.sandbox.SandboxSession;
import ir.saorg.sehat.payment.sandbox.ZarinpalCode;
import ir.saorg.sehat.payment.sandbox.config.SandboxConfiguration;
import ir.saorg.sehat.payment.sandbox.config.SandboxProperties;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Envelope;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Inquired;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.MerchantRequest;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.PaymentRequest;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.RefundRequest;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Refunded;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Report;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.ReportRequest;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.ReportedTransaction;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Requested;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Result;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.SessionRequest;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Unverified;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.UnverifiedAuthority;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Verified;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.VerifyRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Zarinpal v4 REST protocol under {@code /sandbox/zarinpal}: {@code pg/v4/payment/request.json},
 * {@code verify.json}, {@code inquiry.json}, {@code reverse.json}, {@code unVerified.json}, and the sandbox's own
 * {@code report.json} and {@code api/v4/refund.json}. Each call first passes the control's delay and outage.
 */
@RestController
@RequestMapping("/sandbox/zarinpal")
@ConditionalOnBooleanProperty(name = SandboxConfiguration.ENABLED, matchIfMissing = true)
public class ZarinpalApi extends ZarinpalErrorHandling {

    static final String FEE_TYPE = "Merchant";
    private static final DateTimeFormatter ZARINPAL_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SandboxGateway.TEHRAN);
    private static final DateTimeFormatter TEHRAN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(SandboxGateway.TEHRAN);

    private final SandboxGateway gateway;
    private final SandboxControl control;
    private final byte[] accessToken;

    ZarinpalApi(SandboxGateway gateway, SandboxControl control, SandboxProperties properties) {
        this.gateway = gateway;
        this.control = control;
        this.accessToken = properties.accessToken().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/pg/v4/payment/request.json")
    Envelope request(@RequestBody PaymentRequest body) {
        control.gate();
        Map<String, String> metadata = metadata(body.metadata());
        SandboxSession session = gateway.request(new SandboxGateway.NewPayment(body.merchantId(), body.amount(),
                body.callbackUrl(), body.description(), body.currency(), metadata.get("mobile"),
                metadata.get("email"), metadata.get("order_id")));
        return Envelope.success(new Requested(ZarinpalCode.SUCCESS.code(), ZarinpalCode.SUCCESS.message(),
                session.authority(), FEE_TYPE, 0));
    }

    @PostMapping("/pg/v4/payment/verify.json")
    Envelope verify(@RequestBody VerifyRequest body) {
        control.gate();
        SandboxGateway.Verification verification = gateway.verify(body.merchantId(), body.amount(), body.authority());
        SandboxSession session = verification.session();
        ZarinpalCode code = verification.repeated() ? ZarinpalCode.ALREADY_VERIFIED : ZarinpalCode.SUCCESS;
        return Envelope.success(new Verified(code.code(), "Verified", session.cardHash(), session.cardPan(),
                session.refId(), FEE_TYPE, 0));
    }

    @PostMapping("/pg/v4/payment/inquiry.json")
    Envelope inquiry(@RequestBody SessionRequest body) {
        control.gate();
        SandboxSession session = gateway.inquire(body.merchantId(), body.authority());
        return Envelope.success(new Inquired(ZarinpalCode.SUCCESS.code(), ZarinpalCode.SUCCESS.message(),
                session.status().name()));
    }

    @PostMapping("/pg/v4/payment/reverse.json")
    Envelope reverse(@RequestBody SessionRequest body) {
        control.gate();
        gateway.reverse(body.merchantId(), body.authority());
        return Envelope.success(new Result(ZarinpalCode.SUCCESS.code(), "Reversed"));
    }

    @PostMapping("/pg/v4/payment/unVerified.json")
    Envelope unverified(@RequestBody MerchantRequest body) {
        control.gate();
        List<UnverifiedAuthority> authorities = gateway.unverified(body.merchantId()).stream()
                .map(s -> new UnverifiedAuthority(s.authority(), s.amount(), s.callbackUrl(), "",
                        ZARINPAL_DATE.format(s.createdAt())))
                .toList();
        return Envelope.success(new Unverified(ZarinpalCode.SUCCESS.code(), ZarinpalCode.SUCCESS.message(),
                authorities));
    }

    /** The sandbox's day report (Zarinpal has none over REST): payments made on one Asia/Tehran day. */
    @PostMapping("/pg/v4/payment/report.json")
    Envelope report(@RequestBody ReportRequest body) {
        control.gate();
        List<ReportedTransaction> transactions = gateway.report(body.merchantId(), body.date()).stream()
                .map(s -> new ReportedTransaction(s.authority(), s.orderId(), s.amount(), s.status().name(),
                        s.refId(), paidAt(s.paidAt())))
                .toList();
        return Envelope.success(new Report(ZarinpalCode.SUCCESS.code(), ZarinpalCode.SUCCESS.message(),
                transactions));
    }

    /** The sandbox's REST form of Zarinpal's GraphQL {@code AddRefund}, behind the bearer access token. */
    @PostMapping("/api/v4/refund.json")
    ResponseEntity<Envelope> refund(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                    String authorization, @RequestBody RefundRequest body,
                                    HttpServletRequest request) {
        control.gate();
        if (!authorised(authorization)) {
            logRefusal(request, ZarinpalCode.TERMINAL_INVALID, List.of());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(Envelope.error(ZarinpalCode.TERMINAL_INVALID, List.of()));
        }
        SandboxGateway.Refund refund = gateway.refund(body.sessionId(), body.amount(), body.method(), body.reason());
        ZarinpalCode code = refund.repeated() ? ZarinpalCode.ALREADY_VERIFIED : ZarinpalCode.SUCCESS;
        SandboxSession session = refund.session();
        String message = refund.repeated() ? "Already refunded" : ZarinpalCode.SUCCESS.message();
        return ResponseEntity.ok(Envelope.success(new Refunded(code.code(), message, session.refundId(),
                session.refundAmount(), "DONE")));
    }

    private boolean authorised(String authorization) {
        String scheme = "Bearer ";
        if (authorization == null || authorization.length() <= scheme.length()
                || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return false;
        }
        byte[] given = authorization.substring(scheme.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, accessToken);
    }

    private static String paidAt(Instant paidAt) {
        return paidAt == null ? null : TEHRAN_TIME.format(paidAt);
    }

    /** {@code metadata} as Zarinpal clients send it: an object, or (from some PHP clients) a list of objects. */
    private static Map<String, String> metadata(Object metadata) {
        var fields = new HashMap<String, String>();
        if (metadata instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (key != null && value != null && !(value instanceof Map || value instanceof List)) {
                    fields.put(key.toString(), value.toString());
                }
            });
        } else if (metadata instanceof List<?> list) {
            list.forEach(item -> fields.putAll(metadata(item)));
        }
        return fields;
    }
}
