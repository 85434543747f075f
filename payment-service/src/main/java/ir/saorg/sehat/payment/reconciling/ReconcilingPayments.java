package ir.saorg.sehat.payment.reconciling;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.payment.PaymentMismatchFound;
import ir.saorg.sehat.events.payment.PaymentMismatchFound.Kind;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.gateway.ReportedPayment;
import ir.saorg.sehat.payment.paying.Payment;
import ir.saorg.sehat.payment.paying.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the payments we settled on a business day (Asia/Tehran) with the gateway's report of the same day, by the
 * gateway's authority. Each disagreement becomes a {@link Mismatch} for operators and a PaymentMismatchFound event,
 * once however often the day is reconciled; nothing is corrected automatically.
 */
public class ReconcilingPayments {

    private static final Logger log = LoggerFactory.getLogger(ReconcilingPayments.class);
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Set<String> TAKEN = Set.of("PAID", "VERIFIED", "REFUNDED", "REVERSED");

    private final Payments payments;
    private final PaymentGateway gateway;
    private final Mismatches mismatches;
    private final Clock clock;
    private final MeterRegistry meters;

    public ReconcilingPayments(Payments payments, PaymentGateway gateway, Mismatches mismatches, Clock clock,
                               MeterRegistry meters) {
        this.payments = payments;
        this.gateway = gateway;
        this.mismatches = mismatches;
        this.clock = clock;
        this.meters = meters;
    }

    /** The day before today in Tehran: what the nightly job reconciles. */
    public LocalDate yesterday() {
        return LocalDate.now(clock.withZone(TEHRAN)).minusDays(1);
    }

    /** Reconciles one day; returns every mismatch of that day, new or found before. */
    public List<Mismatch> reconcile(LocalDate day) {
        Instant from = day.atStartOfDay(TEHRAN).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(TEHRAN).toInstant();
        Map<String, Payment> ours = payments.settledBetween(from, to).stream()
                .collect(Collectors.toMap(Payment::authority, Function.identity(), (a, b) -> a));
        Map<String, ReportedPayment> theirs = gateway.report(day).stream()
                .filter(reported -> TAKEN.contains(reported.status()))
                .collect(Collectors.toMap(ReportedPayment::authority, Function.identity(), (a, b) -> a));
        var found = new ArrayList<Mismatch>();
        ours.forEach((authority, payment) -> {
            ReportedPayment reported = theirs.get(authority);
            if (reported == null) {
                found.add(mismatch(day, payment.id(), authority, Kind.UNKNOWN_TO_GATEWAY, payment.amountRials(), 0,
                        payment.gatewayReference()));
            } else if (reported.amountRials() != payment.amountRials()) {
                found.add(mismatch(day, payment.id(), authority, Kind.AMOUNT_DIFFERS, payment.amountRials(),
                        reported.amountRials(), reported.reference()));
            }
        });
        theirs.forEach((authority, reported) -> {
            if (!ours.containsKey(authority) && !settledOnAnotherDay(authority)) {
                found.add(mismatch(day, reported.orderId(), authority, Kind.NOT_SETTLED_HERE, 0,
                        reported.amountRials(), reported.reference()));
            }
        });
        int fresh = 0;
        for (Mismatch mismatch : found) {
            if (mismatches.insertIfAbsent(mismatch, event(mismatch))) {
                fresh++;
                meters.counter("sehat.payment.mismatches", "kind", mismatch.kind().name()).increment();
            }
        }
        log.info("reconciled {}: {} settled here, {} reported by the gateway, {} mismatches ({} new)", day,
                ours.size(), theirs.size(), found.size(), fresh);
        return mismatches.ofDay(day);
    }

    private boolean settledOnAnotherDay(String authority) {
        return payments.findByAuthority(authority).map(p -> p.settledAt() != null).orElse(false);
    }

    private Mismatch mismatch(LocalDate day, String requestId, String authority, Kind kind, long ours, long theirs,
                              String reference) {
        return new Mismatch(day + "/" + authority + "/" + kind, day, requestId, authority, kind, ours, theirs,
                reference, clock.instant());
    }

    private PaymentMismatchFound event(Mismatch mismatch) {
        UUID requestId;
        try {
            requestId = UUID.fromString(mismatch.requestId());
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            requestId = new UUID(0, 0);
        }
        return new PaymentMismatchFound(UUID.randomUUID(), mismatch.foundAt(), requestId, mismatch.businessDay(),
                mismatch.kind(), mismatch.ourAmountRials(), mismatch.gatewayAmountRials(),
                mismatch.gatewayReference());
    }
}
