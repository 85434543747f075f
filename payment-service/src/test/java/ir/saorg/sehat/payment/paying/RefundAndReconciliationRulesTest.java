package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.platform.testing.MutableClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.saorg.sehat.events.payment.PaymentMismatchFound;
import ir.saorg.sehat.events.payment.PaymentRefunded;
import ir.saorg.sehat.events.payment.RefundFailed;
import ir.saorg.sehat.events.request.RefundRequested;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.payment.gateway.ReportedPayment;
import ir.saorg.sehat.payment.reconciling.Mismatch;
import ir.saorg.sehat.payment.reconciling.Mismatches;
import ir.saorg.sehat.payment.reconciling.ReconcilingPayments;
import ir.saorg.sehat.payment.refunding.RefundingPayment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Refunds are retried until done and done once; reconciliation reports each disagreement once. */
class RefundAndReconciliationRulesTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:15:30Z");

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryPayments payments = new InMemoryPayments();
    final ScriptedGateway gateway = new ScriptedGateway();
    final PaymentTerms terms = new PaymentTerms(Duration.ofMinutes(15), "http://localhost/cb", Duration.ofSeconds(5),
            Duration.ofMinutes(10));
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final RequestingPayment requesting = new RequestingPayment(new FixedTariffs("PAID_TYPE", 3_000_000L), payments,
            gateway, terms, clock, meters);
    final SettlingPayment settling = new SettlingPayment(payments, gateway, terms, clock, meters);
    final RefundingPayment refunding = new RefundingPayment(payments, gateway, terms, clock, meters);
    final ListedMismatches mismatches = new ListedMismatches();
    final ReconcilingPayments reconciling = new ReconcilingPayments(payments, gateway, mismatches, clock, meters);

    @Test
    void aSettledPaymentIsRefundedOnceEvenWhenTheRequestArrivesTwice() {
        Payment paid = settledPayment();
        var refund = new RefundRequested(UUID.randomUUID(), NOW, UUID.fromString(paid.id()), "rejected");

        refunding.onRefundRequested(refund);
        refunding.onRefundRequested(refund);

        assertThat(payments.get(paid.id()).status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payments.published(PaymentRefunded.class)).singleElement().satisfies(r -> {
            assertThat(r.amountRials()).isEqualTo(3_000_000L);
            assertThat(r.refundReference()).isNotBlank();
        });
        assertThat(gateway.refundCalls.get()).isEqualTo(1);
    }

    @Test
    void aFailedRefundIsAnnouncedAndTriedAgainWithBackOffUntilItIsDone() {
        Payment paid = settledPayment();
        gateway.refundFailures = 2;

        refunding.onRefundRequested(new RefundRequested(UUID.randomUUID(), NOW, UUID.fromString(paid.id()), "x"));
        Payment afterFirst = payments.get(paid.id());
        assertThat(afterFirst.status()).isEqualTo(PaymentStatus.REFUNDING);
        assertThat(afterFirst.nextCheckAt()).isEqualTo(NOW.plusSeconds(5));

        clock.advance(Duration.ofSeconds(5));
        refunding.attempt(payments.get(paid.id()));
        assertThat(payments.get(paid.id()).nextCheckAt()).isEqualTo(clock.instant().plusSeconds(10));

        clock.advance(Duration.ofSeconds(10));
        refunding.attempt(payments.get(paid.id()));

        assertThat(payments.published(RefundFailed.class)).extracting(RefundFailed::attempt).containsExactly(1, 2);
        assertThat(payments.published(PaymentRefunded.class)).hasSize(1);
        assertThat(payments.get(paid.id()).status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aRefundForARequestThatPaidNothingChangesNothing() {
        var refund = new RefundRequested(UUID.randomUUID(), NOW, UUID.randomUUID(), "rejected");

        refunding.onRefundRequested(refund);

        assertThat(payments.published).isEmpty();
        assertThat(gateway.refundCalls.get()).isZero();
    }

    @Test
    void reconciliationFindsEachKindOfDisagreementOnceHoweverOftenItRuns() {
        Payment matching = settledPayment();
        Payment unknownThere = settledPayment();
        gateway.sessions.remove(unknownThere.authority());
        Payment differing = settledPayment();
        gateway.sessions.get(differing.authority()).amount = 2_999_000L;
        Payment notSettledHere = openedPayment();
        gateway.pay(notSettledHere.authority(), NOW);
        LocalDate tehranDay = LocalDate.of(2026, 11, 24);

        List<Mismatch> found = reconciling.reconcile(tehranDay);
        reconciling.reconcile(tehranDay);

        assertThat(found).extracting(Mismatch::kind, Mismatch::requestId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PaymentMismatchFound.Kind.UNKNOWN_TO_GATEWAY, unknownThere.id()),
                org.assertj.core.groups.Tuple.tuple(PaymentMismatchFound.Kind.AMOUNT_DIFFERS, differing.id()),
                org.assertj.core.groups.Tuple.tuple(PaymentMismatchFound.Kind.NOT_SETTLED_HERE, notSettledHere.id()));
        assertThat(found).noneMatch(m -> m.requestId().equals(matching.id()));
        assertThat(mismatches.events).hasSize(3);
    }

    @Test
    void aPaymentSettledAfterMidnightInTehranBelongsToTheNextBusinessDay() {
        clock.advance(Duration.ofHours(13)); // 21:15 UTC = 00:45 the next day in Tehran
        settledPayment();

        assertThat(reconciling.reconcile(LocalDate.of(2026, 11, 24))).isEmpty();
        gateway.extraReport.add(new ReportedPayment("S-elsewhere", UUID.randomUUID().toString(), 5, "VERIFIED", "9",
                clock.instant()));
        assertThat(reconciling.reconcile(LocalDate.of(2026, 11, 25))).extracting(Mismatch::kind)
                .containsExactly(PaymentMismatchFound.Kind.NOT_SETTLED_HERE);
    }

    private Payment openedPayment() {
        var submitted = new RequestSubmitted(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAID_TYPE", NOW);
        requesting.onRequestSubmitted(submitted);
        return payments.get(submitted.requestId().toString());
    }

    private Payment settledPayment() {
        Payment opened = openedPayment();
        gateway.pay(opened.authority(), clock.instant());
        settling.onCallback(opened.authority(), "OK");
        return payments.get(opened.id());
    }

    static class ListedMismatches implements Mismatches {
        final List<Mismatch> stored = new ArrayList<>();
        final List<PaymentMismatchFound> events = new ArrayList<>();

        @Override
        public boolean insertIfAbsent(Mismatch mismatch, PaymentMismatchFound event) {
            if (stored.stream().anyMatch(m -> m.id().equals(mismatch.id()))) {
                return false;
            }
            stored.add(mismatch);
            events.add(event);
            return true;
        }

        @Override
        public List<Mismatch> ofDay(LocalDate businessDay) {
            return stored.stream().filter(m -> m.businessDay().equals(businessDay)).toList();
        }

        @Override
        public List<Mismatch> latest(int limit) {
            return stored.stream().limit(limit).toList();
        }
    }
}
