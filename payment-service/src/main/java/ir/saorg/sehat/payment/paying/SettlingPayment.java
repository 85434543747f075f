package ir.saorg.sehat.payment.paying;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.payment.gateway.GatewayStatus;
import ir.saorg.sehat.payment.gateway.GatewayUnavailableException;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.gateway.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ir.saorg.sehat.payment.paying.PaymentStatus.AWAITING_PAYER;
import static ir.saorg.sehat.payment.paying.PaymentStatus.EXPIRED;
import static ir.saorg.sehat.payment.paying.PaymentStatus.FAILED;
import static ir.saorg.sehat.payment.paying.PaymentStatus.SETTLED;

/**
 * Step 3 of the saga. The payer's browser comes back from the gateway with an authority and a status, neither of which
 * is believed: the payment is confirmed server to server, for the amount we recorded, and settled only when the
 * gateway says it was paid. A verification that times out is resolved by asking the gateway (inquiry), never by
 * guessing; what cannot be resolved now is checked again by the payment jobs, which also expire what nobody paid.
 * Settling is a guarded change from AWAITING_PAYER, so PaymentSettled goes out once however often callbacks repeat
 * or race.
 */
public class SettlingPayment {

    private static final Logger log = LoggerFactory.getLogger(SettlingPayment.class);
    /** How long after the expiry a payment the payer may still be finishing at the bank is left alone. */
    static final Duration EXPIRY_GRACE = Duration.ofMinutes(1);

    private final Payments payments;
    private final PaymentGateway gateway;
    private final PaymentTerms terms;
    private final Clock clock;
    private final MeterRegistry meters;

    public SettlingPayment(Payments payments, PaymentGateway gateway, PaymentTerms terms, Clock clock,
                           MeterRegistry meters) {
        this.payments = payments;
        this.gateway = gateway;
        this.terms = terms;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * The payer is back.
     *
     * @param authority   the gateway's id for the payment, as the browser brought it
     * @param payerStatus the gateway's {@code OK} / {@code NOK}, as the browser brought it: only for wording
     */
    public Callback onCallback(String authority, String payerStatus) {
        Optional<Payment> found = authority == null ? Optional.empty() : payments.findByAuthority(authority);
        if (found.isEmpty()) {
            return refused(null, "callback for an authority we never opened: " + clip(authority));
        }
        Payment payment = found.get();
        return switch (payment.status()) {
            case SETTLED, REFUNDING, REFUNDED -> {
                log.info("payment {}: callback repeated after settlement; nothing to do", payment.id());
                meters.counter("sehat.payment.callbacks", "outcome", "repeated").increment();
                yield new Callback(CallbackOutcome.ALREADY_SETTLED, payment);
            }
            case FAILED -> new Callback(CallbackOutcome.FAILED, payment);
            case EXPIRED -> new Callback(CallbackOutcome.EXPIRED, payment);
            case AWAITING_PAYER -> confirm(payment, "NOK".equalsIgnoreCase(payerStatus));
            default -> refused(payment, "callback for payment " + payment.id() + " in status " + payment.status());
        };
    }

    /** The payment jobs' look at a payment awaiting its payer whose check time has come. */
    public void check(Payment payment) {
        if (payment.status() != AWAITING_PAYER) {
            return;
        }
        GatewayStatus status;
        try {
            status = gateway.inquire(payment.authority());
        } catch (GatewayUnavailableException unavailable) {
            checkAgain(payment, unavailable.getMessage());
            return;
        }
        Instant now = clock.instant();
        if (status.moneyTaken()) {
            confirm(payment, false);
        } else if (status == GatewayStatus.FAILED || status == GatewayStatus.REVERSED) {
            fail(payment, PaymentFailed.Reason.DECLINED);
        } else if (!now.isBefore(payment.expiresAt().plus(EXPIRY_GRACE))) {
            expire(payment);
        } else {
            Instant next = payment.expiresAt().plus(EXPIRY_GRACE);
            payments.apply(new PaymentTransition(payment.id(), AWAITING_PAYER, AWAITING_PAYER,
                    Facts.of("nextCheckAt", next.isAfter(now) ? next : now.plus(terms.firstRetryDelay())),
                    List.of()));
        }
    }

    private Callback confirm(Payment payment, boolean payerCancelled) {
        Verification verification;
        try {
            verification = gateway.verify(payment.authority(), payment.amountRials());
        } catch (GatewayUnavailableException unavailable) {
            return afterUnansweredVerification(payment, unavailable);
        }
        return switch (verification.outcome()) {
            case VERIFIED, ALREADY_VERIFIED -> settle(payment, verification);
            case NOT_PAID -> notPaid(payment, payerCancelled);
            case AMOUNT_MISMATCH -> refused(payment, "gateway holds another amount than our " + payment.amountRials()
                    + " rials for payment " + payment.id() + " (code " + verification.code() + ")");
            case UNKNOWN_PAYMENT -> refused(payment, "gateway does not know payment " + payment.id()
                    + " as ours (code " + verification.code() + ")");
        };
    }

    private Callback afterUnansweredVerification(Payment payment, GatewayUnavailableException unavailable) {
        log.warn("payment {}: verification unanswered ({}); asking the gateway", payment.id(),
                unavailable.getMessage());
        try {
            GatewayStatus status = gateway.inquire(payment.authority());
            if (status.moneyTaken()) {
                Verification again = gateway.verify(payment.authority(), payment.amountRials());
                if (again.paid()) {
                    return settle(payment, again);
                }
            } else if (status == GatewayStatus.FAILED || status == GatewayStatus.REVERSED) {
                return fail(payment, PaymentFailed.Reason.DECLINED);
            }
        } catch (GatewayUnavailableException stillUnavailable) {
            checkAgain(payment, stillUnavailable.getMessage());
            return new Callback(CallbackOutcome.PENDING, payment);
        }
        checkAgain(payment, unavailable.getMessage());
        return new Callback(CallbackOutcome.PENDING, payment);
    }

    private Callback notPaid(Payment payment, boolean payerCancelled) {
        GatewayStatus status;
        try {
            status = gateway.inquire(payment.authority());
        } catch (GatewayUnavailableException unavailable) {
            checkAgain(payment, unavailable.getMessage());
            return new Callback(CallbackOutcome.PENDING, payment);
        }
        if (status == GatewayStatus.FAILED || status == GatewayStatus.REVERSED) {
            return fail(payment, payerCancelled ? PaymentFailed.Reason.CANCELLED_BY_PAYER
                    : PaymentFailed.Reason.DECLINED);
        }
        return new Callback(CallbackOutcome.PENDING, payment);
    }

    private Callback settle(Payment payment, Verification verification) {
        Instant now = clock.instant();
        var settled = new PaymentSettled(UUID.randomUUID(), now, UUID.fromString(payment.id()), payment.amountRials(),
                verification.reference(), verification.cardPan(), now);
        if (payments.apply(new PaymentTransition(payment.id(), AWAITING_PAYER, SETTLED,
                Facts.of("settledAt", now, "gatewayReference", verification.reference(), "cardPan",
                        verification.cardPan(), "nextCheckAt", null, "lastProblem", null),
                List.of(settled)))) {
            meters.counter("sehat.payments", "outcome", "settled").increment();
            meters.counter("sehat.payment.amount.rials", "outcome", "settled").increment(payment.amountRials());
            return new Callback(CallbackOutcome.SETTLED, payments.find(payment.id()).orElse(payment));
        }
        Payment current = payments.find(payment.id()).orElse(payment);
        return current.status() == SETTLED ? new Callback(CallbackOutcome.ALREADY_SETTLED, current)
                : new Callback(CallbackOutcome.PENDING, current);
    }

    private Callback fail(Payment payment, PaymentFailed.Reason reason) {
        var failed = new PaymentFailed(UUID.randomUUID(), clock.instant(), UUID.fromString(payment.id()), reason);
        if (payments.apply(new PaymentTransition(payment.id(), AWAITING_PAYER, FAILED,
                Facts.of("nextCheckAt", null), List.of(failed)))) {
            meters.counter("sehat.payments", "outcome", "failed").increment();
        }
        return new Callback(CallbackOutcome.FAILED, payments.find(payment.id()).orElse(payment));
    }

    private void expire(Payment payment) {
        var expired = new PaymentExpired(UUID.randomUUID(), clock.instant(), UUID.fromString(payment.id()),
                payment.expiresAt());
        if (payments.apply(new PaymentTransition(payment.id(), AWAITING_PAYER, EXPIRED,
                Facts.of("nextCheckAt", null), List.of(expired)))) {
            meters.counter("sehat.payments", "outcome", "expired").increment();
        }
    }

    private void checkAgain(Payment payment, String problem) {
        payments.apply(new PaymentTransition(payment.id(), AWAITING_PAYER, AWAITING_PAYER,
                Facts.of("nextCheckAt", clock.instant().plus(terms.firstRetryDelay()), "lastProblem", problem),
                List.of()));
    }

    private Callback refused(Payment payment, String why) {
        log.warn("refused payment callback: {}", why);
        meters.counter("sehat.payment.callbacks", "outcome", "refused").increment();
        if (payment != null && payment.status() == AWAITING_PAYER) {
            payments.apply(new PaymentTransition(payment.id(), AWAITING_PAYER, AWAITING_PAYER,
                    Facts.of("lastProblem", why, "nextCheckAt", clock.instant().plus(terms.maxRetryDelay())),
                    List.of()));
        }
        return new Callback(CallbackOutcome.REFUSED, payment);
    }

    private static String clip(String value) {
        return value == null ? "null" : value.substring(0, Math.min(value.length(), 64)).replaceAll("[^A-Za-z0-9]", "?");
    }

    /**
     * The outcome of a callback with the payment it concerns.
     *
     * @param outcome what it came to
     * @param payment the payment, or null when the callback named none of ours
     */
    public record Callback(CallbackOutcome outcome, Payment payment) {
    }
}
