package ir.saorg.sehat.payment.deciding;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.payment.tariff.FiscalYear;
import ir.saorg.sehat.payment.tariff.Tariffs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Step 2 of the saga: finds the tariff for the request's type in the fiscal year of its submission. No tariff, or
 * zero, waives payment at once. One decision per request: a repeated RequestSubmitted finds it already made.
 */
public class DecidingPayment {

    private final Tariffs tariffs;
    private final Payments payments;
    private final Clock clock;

    public DecidingPayment(Tariffs tariffs, Payments payments, Clock clock) {
        this.tariffs = tariffs;
        this.payments = payments;
        this.clock = clock;
    }

    public void onRequestSubmitted(RequestSubmitted submitted) {
        int fiscalYear = FiscalYear.of(submitted.submittedAt());
        OptionalLong tariff = tariffs.of(submitted.requestType(), fiscalYear);
        Instant now = clock.instant();
        String id = submitted.requestId().toString();
        if (tariff.isEmpty() || tariff.getAsLong() == 0) {
            var reason = tariff.isEmpty() ? PaymentWaived.Reason.NO_TARIFF : PaymentWaived.Reason.ZERO_TARIFF;
            List<IntegrationEvent> events = List.of(new PaymentWaived(UUID.randomUUID(), now, submitted.requestId(),
                    submitted.requestType(), fiscalYear, reason));
            payments.insertIfAbsent(new Payment(id, submitted.requestType(), fiscalYear, 0, PaymentStatus.WAIVED, now),
                    events);
        } else {
            payments.insertIfAbsent(new Payment(id, submitted.requestType(), fiscalYear, tariff.getAsLong(),
                    PaymentStatus.DUE, now), List.of());
        }
    }
}
