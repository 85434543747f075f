package ir.saorg.sehat.payment.paying;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.payment.gateway.GatewayRefusedException;
import ir.saorg.sehat.payment.gateway.GatewayUnavailableException;
import ir.saorg.sehat.payment.gateway.OpenedPayment;
import ir.saorg.sehat.payment.gateway.OpeningPayment;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.tariff.FiscalYear;
import ir.saorg.sehat.payment.tariff.Tariff;
import ir.saorg.sehat.payment.tariff.Tariffs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ir.saorg.sehat.payment.paying.PaymentStatus.AWAITING_PAYER;
import static ir.saorg.sehat.payment.paying.PaymentStatus.DUE;
import static ir.saorg.sehat.payment.paying.PaymentStatus.WAITING_FOR_GATEWAY;

/**
 * Step 2 of the saga: finds the tariff for the request's type in the fiscal year of its submission, from the version of
 * the year's table that was in effect when it was submitted. No tariff, or
 * zero, waives payment at once. Otherwise it opens the payment at the gateway and publishes PaymentRequested with the
 * pay link and expiry; while the gateway is unavailable the payment waits, visibly, and opening is tried again with
 * back-off. One payment per request: a repeated RequestSubmitted finds it already decided.
 */
public class RequestingPayment {

    private static final Logger log = LoggerFactory.getLogger(RequestingPayment.class);

    private final Tariffs tariffs;
    private final Payments payments;
    private final PaymentGateway gateway;
    private final PaymentTerms terms;
    private final Clock clock;
    private final MeterRegistry meters;

    public RequestingPayment(Tariffs tariffs, Payments payments, PaymentGateway gateway, PaymentTerms terms,
                             Clock clock, MeterRegistry meters) {
        this.tariffs = tariffs;
        this.payments = payments;
        this.gateway = gateway;
        this.terms = terms;
        this.clock = clock;
        this.meters = meters;
    }

    public void onRequestSubmitted(RequestSubmitted submitted) {
        int fiscalYear = FiscalYear.of(submitted.submittedAt());
        Optional<Tariff> tariff = tariffs.in(submitted.requestType(), submitted.submittedAt());
        Instant now = clock.instant();
        String id = submitted.requestId().toString();
        if (tariff.isEmpty() || tariff.get().amountRials() == 0) {
            var reason = tariff.isEmpty() ? PaymentWaived.Reason.NO_TARIFF : PaymentWaived.Reason.ZERO_TARIFF;
            List<IntegrationEvent> events = List.of(new PaymentWaived(UUID.randomUUID(), now, submitted.requestId(),
                    submitted.requestType(), fiscalYear, reason));
            if (payments.insertIfAbsent(Payment.decided(id, submitted.requestType(), typeName(submitted),
                    submitted.university(), fiscalYear, 0, PaymentStatus.WAIVED, now, null), events)) {
                meters.counter("sehat.payments", "outcome", "waived").increment();
            }
            return;
        }
        // Checked by the payment jobs later in case this instance stops before the gateway has opened it.
        payments.insertIfAbsent(Payment.decided(id, submitted.requestType(), typeName(submitted),
                submitted.university(), fiscalYear, tariff.get().amountRials(), DUE, now, now.plus(terms.firstRetryDelay())), List.of());
        payments.find(id).filter(payment -> payment.status() == DUE).ifPresent(this::open);
    }

    private static Payment.TypeName typeName(RequestSubmitted submitted) {
        return submitted.typeName() == null ? null
                : new Payment.TypeName(submitted.typeName().fa(), submitted.typeName().en());
    }

    /** Opens a payment that is due or waiting for the gateway. */
    public void open(Payment payment) {
        Instant now = clock.instant();
        try {
            OpenedPayment opened = gateway.open(new OpeningPayment(payment.id(), payment.amountRials(),
                    "کد صحت: " + (payment.typeName() == null ? payment.requestType() : payment.typeName().fa())
                            + " (Sehat request " + payment.id() + ")",
                    terms.callbackUrl()));
            Instant expiresAt = now.plus(terms.expiry());
            var requested = new PaymentRequested(UUID.randomUUID(), now, UUID.fromString(payment.id()),
                    payment.requestType(), payment.fiscalYear(), payment.amountRials(), opened.payUrl(), expiresAt);
            if (payments.apply(new PaymentTransition(payment.id(), payment.status(), AWAITING_PAYER,
                    Facts.of("authority", opened.authority(), "payUrl", opened.payUrl(), "expiresAt", expiresAt,
                            "nextCheckAt", expiresAt, "attempts", 0, "lastProblem", null),
                    List.of(requested)))) {
                meters.counter("sehat.payments", "outcome", "requested").increment();
                meters.counter("sehat.payment.amount.rials", "outcome", "requested").increment(payment.amountRials());
            }
        } catch (GatewayUnavailableException | GatewayRefusedException failure) {
            int attempts = payment.attempts() + 1;
            Instant next = now.plus(terms.retryDelay(attempts));
            log.warn("payment {} waits for the gateway (attempt {}, next at {}): {}", payment.id(), attempts, next,
                    failure.getMessage());
            payments.apply(new PaymentTransition(payment.id(), payment.status(), WAITING_FOR_GATEWAY,
                    Facts.of("attempts", attempts, "nextCheckAt", next, "lastProblem", failure.getMessage()),
                    List.of()));
            meters.counter("sehat.payments", "outcome", "waiting_for_gateway").increment();
        }
    }
}
