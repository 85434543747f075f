package ir.saorg.sehat.payment.paying.web;

import ir.saorg.sehat.payment.paying.Payment;
import ir.saorg.sehat.payment.paying.PaymentStatus;
import ir.saorg.sehat.payment.paying.Payments;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Payments as staff see them: one request's (what is due, where to pay, what happened), and every payment of their
 * university, newest first. Staff see only their own university's; operators and administrators see all.
 */
@RestController
class PaymentController {

    private static final int MAX_PAGE = 200;

    private final Payments payments;

    PaymentController(Payments payments) {
        this.payments = payments;
    }

    @GetMapping("/api/v1/payments/{requestId}")
    PaymentView payment(@PathVariable String requestId, @AuthenticationPrincipal Jwt caller) {
        return payments.find(requestId).filter(p -> visibleTo(p, caller)).map(PaymentView::of)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "payment-not-found"));
    }

    @GetMapping("/api/v1/payments")
    List<PaymentView> payments(@AuthenticationPrincipal Jwt caller,
                               @RequestParam(required = false) String university,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "payment-page-invalid", MAX_PAGE);
        }
        String scope = isStaff(caller) ? SehatRoles.university(caller) : university;
        if (isStaff(caller) && scope == null) {
            throw new Problem(HttpStatus.FORBIDDEN, "forbidden");
        }
        return payments.page(scope, page, size).stream().map(PaymentView::of).toList();
    }

    /** Staff see their own university's payments; operators and administrators every one (PaymentAccess asks a login). */
    static boolean visibleTo(Payment payment, Jwt caller) {
        return caller != null && (!isStaff(caller)
                || SehatRoles.university(caller) != null && SehatRoles.university(caller).equals(payment.university()));
    }

    private static boolean isStaff(Jwt caller) {
        return caller != null && !SehatRoles.seesEveryUniversity(caller);
    }

    /**
     * @param payUrl    only while the payer can still pay
     * @param message   what the status means for the staff member, in Persian and English
     * @param receipt   the printable receipt, once paid
     */
    record PaymentView(String requestId, String requestType, String university, int fiscalYear, long amountRials, String status,
                       String payUrl, Instant expiresAt, Instant settledAt, String gatewayReference, String cardPan,
                       Instant refundedAt, String refundId, Message message, String receipt) {

        record Message(String fa, String en) {
        }

        static PaymentView of(Payment p) {
            boolean payable = p.status() == PaymentStatus.AWAITING_PAYER;
            boolean paid = p.settledAt() != null;
            return new PaymentView(p.id(), p.requestType(), p.university(), p.fiscalYear(), p.amountRials(), p.status().name(),
                    payable ? p.payUrl() : null, p.expiresAt(), p.settledAt(), p.gatewayReference(), p.cardPan(),
                    p.refundedAt(), p.refundId(), message(p.status()),
                    paid ? "/payments/" + p.id() + "/receipt" : null);
        }

        private static Message message(PaymentStatus status) {
            return switch (status) {
                case WAIVED -> new Message("این درخواست رایگان است.", "This request is free of charge.");
                case DUE -> new Message("در حال آماده‌سازی پرداخت.", "The payment is being prepared.");
                case WAITING_FOR_GATEWAY -> new Message(
                        "درگاه پرداخت در دسترس نیست؛ پرداخت به‌محض دردسترس‌شدن درگاه آماده می‌شود. نیازی به ثبت دوباره نیست.",
                        "The payment gateway is unavailable; the payment will be ready as soon as it is back. "
                                + "There is no need to submit again.");
                case AWAITING_PAYER -> new Message("منتظر پرداخت؛ از پیوند پرداخت پیش از انقضا استفاده کنید.",
                        "Awaiting payment: use the pay link before it expires.");
                case SETTLED -> new Message("پرداخت انجام و تأیید شد.", "Paid and confirmed.");
                case FAILED -> new Message("پرداخت انجام نشد؛ مبلغی کسر نشده است. می‌توانید درخواست را دوباره ثبت کنید.",
                        "The payment did not go through; nothing was taken. You may submit the request again.");
                case EXPIRED -> new Message("مهلت پرداخت گذشت؛ مبلغی کسر نشده است.",
                        "The time to pay has passed; nothing was taken.");
                case REFUNDING -> new Message("مبلغ در حال بازگشت به پرداخت‌کننده است.",
                        "The amount is being refunded to the payer.");
                case REFUNDED -> new Message("مبلغ به پرداخت‌کننده بازگردانده شد.", "The amount was refunded.");
            };
        }
    }
}
