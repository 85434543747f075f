package ir.saorg.sehat.payment.paying.web;

import ir.saorg.sehat.payment.paying.CallbackOutcome;
import ir.saorg.sehat.payment.paying.Payment;
import ir.saorg.sehat.payment.paying.PaymentStatus;
import ir.saorg.sehat.payment.paying.Payments;
import ir.saorg.sehat.payment.paying.SettlingPayment;
import ir.saorg.sehat.platform.text.JalaliDates;
import ir.saorg.sehat.platform.text.Rials;
import ir.saorg.sehat.portal.PortalPage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The pages the payer sees: where the gateway sends them back ({@code /payments/callback}, GET or POST, with
 * Zarinpal's {@code Authority} and {@code Status}), and the printable Persian receipt of a settled payment, for those
 * who may see the payment. Both are in the portal's layout, in Persian with English beside it, as official papers.
 */
@PortalPage
class PaymentPages {

    private static final Set<PaymentStatus> PAID = EnumSet.of(PaymentStatus.SETTLED, PaymentStatus.REFUNDING,
            PaymentStatus.REFUNDED);

    private final SettlingPayment settling;
    private final Payments payments;

    PaymentPages(SettlingPayment settling, Payments payments) {
        this.settling = settling;
        this.payments = payments;
    }

    @RequestMapping(path = "/payments/callback", method = {RequestMethod.GET, RequestMethod.POST})
    String callback(@RequestParam(name = "Authority", required = false) String authority,
                    @RequestParam(name = "Status", required = false) String status, Model model,
                    HttpServletResponse response) {
        SettlingPayment.Callback callback = settling.onCallback(authority, status);
        model.addAttribute("outcome", callback.outcome().name());
        if (callback.outcome() == CallbackOutcome.REFUSED) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (callback.payment() != null && callback.outcome() != CallbackOutcome.REFUSED) {
            describe(callback.payment(), model);
        }
        return "payments/callback";
    }

    @GetMapping("/payments/{requestId}/receipt")
    String receipt(@PathVariable String requestId, @AuthenticationPrincipal Jwt caller, Model model,
                   HttpServletResponse response) {
        Optional<Payment> payment = payments.find(requestId).filter(p -> PAID.contains(p.status()))
                .filter(p -> PaymentController.visibleTo(p, caller));
        if (payment.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "payments/no-receipt";
        }
        describe(payment.get(), model);
        return "payments/receipt";
    }

    private static void describe(Payment payment, Model model) {
        model.addAttribute("payment", payment);
        model.addAttribute("amountFa", Rials.persian(payment.amountRials()));
        model.addAttribute("amountEn", Rials.english(payment.amountRials()));
        model.addAttribute("settledFa", JalaliDates.persian(payment.settledAt()));
        model.addAttribute("settledEn", JalaliDates.english(payment.settledAt()));
        model.addAttribute("refunded", payment.status() == PaymentStatus.REFUNDED);
    }
}
