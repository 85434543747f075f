package ir.saorg.sehat.payment.refunding;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.payment.PaymentRefunded;
import ir.saorg.sehat.events.payment.RefundFailed;
import ir.saorg.sehat.events.request.RefundRequested;
import ir.saorg.sehat.payment.gateway.GatewayRefusedException;
import ir.saorg.sehat.payment.gateway.GatewayUnavailableException;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.gateway.RefundReceipt;
import ir.saorg.sehat.payment.paying.Facts;
import ir.saorg.sehat.payment.paying.Payment;
import ir.saorg.sehat.payment.paying.PaymentStatus;
import ir.saorg.sehat.payment.paying.PaymentTerms;
import ir.saorg.sehat.payment.paying.PaymentTransition;
import ir.saorg.sehat.payment.paying.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ir.saorg.sehat.payment.paying.PaymentStatus.REFUNDED;
import static ir.saorg.sehat.payment.paying.PaymentStatus.REFUNDING;
import static ir.saorg.sehat.payment.paying.PaymentStatus.SETTLED;

/**
 * A request rejected after payment asks for its money back (RefundRequested). The settled payment moves to REFUNDING
 * and is refunded through the gateway; a failed attempt publishes RefundFailed and is tried again with back-off until
 * the gateway takes it, then PaymentRefunded goes out once. The gateway's refund is idempotent per payment, so an
 * attempt whose answer was lost is safely repeated.
 */
public class RefundingPayment {

    private static final Logger log = LoggerFactory.getLogger(RefundingPayment.class);

    private final Payments payments;
    private final PaymentGateway gateway;
    private final PaymentTerms terms;
    private final Clock clock;
    private final MeterRegistry meters;

    public RefundingPayment(Payments payments, PaymentGateway gateway, PaymentTerms terms, Clock clock,
                            MeterRegistry meters) {
        this.payments = payments;
        this.gateway = gateway;
        this.terms = terms;
        this.clock = clock;
        this.meters = meters;
    }

    public void onRefundRequested(RefundRequested requested) {
        String id = requested.requestId().toString();
        Optional<Payment> payment = payments.find(id);
        if (payment.isEmpty() || payment.get().status() != SETTLED) {
            if (payment.map(p -> p.status() != REFUNDING && p.status() != REFUNDED).orElse(true)) {
                log.warn("refund requested for request {}, whose payment is {}: nothing was taken to give back", id,
                        payment.map(p -> p.status().name()).orElse("absent"));
            }
            return;
        }
        payments.apply(new PaymentTransition(id, SETTLED, REFUNDING,
                Facts.of("attempts", 0, "nextCheckAt", clock.instant(), "lastProblem", null), List.of()));
        payments.find(id).filter(p -> p.status() == REFUNDING).ifPresent(this::attempt);
    }

    /** One attempt to refund a payment that is being refunded. */
    public void attempt(Payment payment) {
        if (payment.status() != REFUNDING) {
            return;
        }
        Instant now = clock.instant();
        try {
            RefundReceipt receipt = gateway.refund(payment.authority(), payment.amountRials(),
                    "Sehat request " + payment.id() + " rejected after payment");
            var refunded = new PaymentRefunded(UUID.randomUUID(), now, UUID.fromString(payment.id()),
                    payment.amountRials(), receipt.refundId());
            if (payments.apply(new PaymentTransition(payment.id(), REFUNDING, REFUNDED,
                    Facts.of("refundId", receipt.refundId(), "refundedAt", now, "nextCheckAt", null,
                            "lastProblem", null), List.of(refunded)))) {
                meters.counter("sehat.payments", "outcome", "refunded").increment();
                meters.counter("sehat.payment.amount.rials", "outcome", "refunded").increment(payment.amountRials());
            }
        } catch (GatewayUnavailableException | GatewayRefusedException failure) {
            int attempt = payment.attempts() + 1;
            Instant next = now.plus(terms.retryDelay(attempt));
            log.warn("refund of payment {} failed (attempt {}), next at {}: {}", payment.id(), attempt, next,
                    failure.getMessage());
            var failed = new RefundFailed(UUID.randomUUID(), now, UUID.fromString(payment.id()), attempt,
                    failure.getMessage(), next);
            if (payments.apply(new PaymentTransition(payment.id(), REFUNDING, PaymentStatus.REFUNDING,
                    Facts.of("attempts", attempt, "nextCheckAt", next, "lastProblem", failure.getMessage()),
                    List.of(failed)))) {
                meters.counter("sehat.payments", "outcome", "refund_failed").increment();
            }
        }
    }
}
