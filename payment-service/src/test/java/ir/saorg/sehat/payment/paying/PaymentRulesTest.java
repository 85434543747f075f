package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.platform.testing.MutableClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.payment.tariff.Tariffs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of taking a payment, against a gateway driven by hand: never believed, never twice, never guessed. */
class PaymentRulesTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:15:30Z");
    static final long TARIFF = 25_000_000L;

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryPayments payments = new InMemoryPayments();
    final ScriptedGateway gateway = new ScriptedGateway();
    final PaymentTerms terms = new PaymentTerms(Duration.ofMinutes(15), "http://localhost:8080/payments/callback",
            Duration.ofSeconds(5), Duration.ofMinutes(10));
    final Tariffs tariffs = new FixedTariffs("PAID_TYPE", TARIFF);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final RequestingPayment requesting = new RequestingPayment(tariffs, payments, gateway, terms, clock, meters);
    final SettlingPayment settling = new SettlingPayment(payments, gateway, terms, clock, meters);

    @Test
    void aDueTariffOpensAPaymentWithItsAmountPayLinkAndExpiry() {
        Payment payment = submitPaid();

        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_PAYER);
        PaymentRequested requested = payments.published(PaymentRequested.class).getFirst();
        assertThat(requested.amountRials()).isEqualTo(TARIFF);
        assertThat(requested.payUrl()).isEqualTo("https://sandbox.test/StartPay/" + payment.authority());
        assertThat(requested.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(requested.fiscalYear()).isEqualTo(1405);
    }

    @Test
    void noTariffWaivesAndOpensNothing() {
        var submitted = new RequestSubmitted(UUID.randomUUID(), NOW, UUID.randomUUID(), "FREE_TYPE", NOW);
        requesting.onRequestSubmitted(submitted);

        assertThat(payments.published(PaymentWaived.class)).hasSize(1);
        assertThat(gateway.sessions).isEmpty();
    }

    @Test
    void whileTheGatewayIsDownThePaymentWaitsVisiblyAndOpensWhenItIsBack() {
        gateway.down = true;
        var submitted = new RequestSubmitted(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAID_TYPE", NOW);
        requesting.onRequestSubmitted(submitted);

        Payment waiting = payments.get(submitted.requestId().toString());
        assertThat(waiting.status()).isEqualTo(PaymentStatus.WAITING_FOR_GATEWAY);
        assertThat(waiting.lastProblem()).contains("gateway down");
        assertThat(waiting.nextCheckAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(payments.published).isEmpty();

        requesting.open(waiting);
        assertThat(payments.get(waiting.id()).nextCheckAt()).as("back-off doubles").isEqualTo(NOW.plusSeconds(10));

        gateway.down = false;
        requesting.open(payments.get(waiting.id()));
        assertThat(payments.get(waiting.id()).status()).isEqualTo(PaymentStatus.AWAITING_PAYER);
        assertThat(payments.published(PaymentRequested.class)).hasSize(1);
    }

    @Test
    void aPaidPaymentSettlesOnceHoweverOftenTheCallbackRepeats() {
        Payment payment = submitPaid();
        gateway.pay(payment.authority(), NOW);

        var first = settling.onCallback(payment.authority(), "OK");
        var replay = settling.onCallback(payment.authority(), "OK");

        assertThat(first.outcome()).isEqualTo(CallbackOutcome.SETTLED);
        assertThat(replay.outcome()).isEqualTo(CallbackOutcome.ALREADY_SETTLED);
        List<PaymentSettled> settled = payments.published(PaymentSettled.class);
        assertThat(settled).singleElement().satisfies(s -> {
            assertThat(s.amountRials()).isEqualTo(TARIFF);
            assertThat(s.gatewayReference()).isNotBlank();
            assertThat(s.cardPanMasked()).isEqualTo("502229******5995");
        });
    }

    @Test
    void racingCallbacksSettleOnce() throws Exception {
        Payment payment = submitPaid();
        gateway.pay(payment.authority(), NOW);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<CompletableFuture<SettlingPayment.Callback>> callbacks = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return settling.onCallback(payment.authority(), "OK");
                    }, pool)).toList();
            start.countDown();
            List<CallbackOutcome> outcomes = callbacks.stream().map(CompletableFuture::join)
                    .map(SettlingPayment.Callback::outcome).toList();
            assertThat(outcomes).containsOnly(CallbackOutcome.SETTLED, CallbackOutcome.ALREADY_SETTLED);
            assertThat(outcomes).filteredOn(o -> o == CallbackOutcome.SETTLED).hasSize(1);
        }
        assertThat(payments.published(PaymentSettled.class)).hasSize(1);
    }

    @Test
    void aCallbackForAnAuthorityWeNeverOpenedIsRefused() {
        submitPaid();

        var callback = settling.onCallback("S00000000000000000000000000000099999", "OK");

        assertThat(callback.outcome()).isEqualTo(CallbackOutcome.REFUSED);
        assertThat(callback.payment()).isNull();
        assertThat(payments.published(PaymentSettled.class)).isEmpty();
    }

    @Test
    void aCallbackThatSaysOkIsNotBelievedWhenTheGatewaySaysNothingWasPaid() {
        Payment payment = submitPaid();

        var callback = settling.onCallback(payment.authority(), "OK");

        assertThat(callback.outcome()).isEqualTo(CallbackOutcome.PENDING);
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.AWAITING_PAYER);
        assertThat(payments.published(PaymentSettled.class)).isEmpty();
    }

    @Test
    void aPaymentWhoseAmountWasChangedAtTheGatewayIsRefusedAndLeftForOperators() {
        Payment payment = submitPaid();
        gateway.sessions.get(payment.authority()).amount = 1_000L;
        gateway.pay(payment.authority(), NOW);

        var callback = settling.onCallback(payment.authority(), "OK");

        assertThat(callback.outcome()).isEqualTo(CallbackOutcome.REFUSED);
        Payment after = payments.get(payment.id());
        assertThat(after.status()).isEqualTo(PaymentStatus.AWAITING_PAYER);
        assertThat(after.lastProblem()).contains("another amount");
        assertThat(payments.published(PaymentSettled.class)).isEmpty();
    }

    @Test
    void aCancelledPaymentFailsWithNothingTaken() {
        Payment payment = submitPaid();
        gateway.sessions.get(payment.authority()).status = ir.saorg.sehat.payment.gateway.GatewayStatus.FAILED;

        var callback = settling.onCallback(payment.authority(), "NOK");

        assertThat(callback.outcome()).isEqualTo(CallbackOutcome.FAILED);
        assertThat(payments.published(PaymentFailed.class)).singleElement()
                .extracting(PaymentFailed::reason).isEqualTo(PaymentFailed.Reason.CANCELLED_BY_PAYER);
    }

    @Test
    void aVerificationThatTimesOutIsResolvedByAskingTheGateway() {
        Payment payment = submitPaid();
        gateway.pay(payment.authority(), NOW);
        gateway.verifyTimeouts = 1; // the gateway verified it; only its answer was lost

        var callback = settling.onCallback(payment.authority(), "OK");

        assertThat(gateway.inquiryCalls.get()).isGreaterThanOrEqualTo(1);
        assertThat(gateway.verifyCalls.get()).as("verified again after the inquiry").isEqualTo(2);
        assertThat(callback.outcome()).isEqualTo(CallbackOutcome.SETTLED);
        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(payments.published(PaymentSettled.class)).hasSize(1);
    }

    @Test
    void whenTheGatewayCannotBeAskedEitherNothingIsGuessedAndTheJobsCheckAgain() {
        Payment payment = submitPaid();
        gateway.pay(payment.authority(), NOW);
        gateway.down = true;

        var callback = settling.onCallback(payment.authority(), "OK");

        assertThat(callback.outcome()).isEqualTo(CallbackOutcome.PENDING);
        Payment pending = payments.get(payment.id());
        assertThat(pending.status()).isEqualTo(PaymentStatus.AWAITING_PAYER);
        assertThat(pending.nextCheckAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(payments.published(PaymentSettled.class)).isEmpty();
        assertThat(payments.published(PaymentFailed.class)).isEmpty();

        gateway.down = false;
        clock.advance(Duration.ofSeconds(5));
        payments.dueForCheck(List.of(PaymentStatus.AWAITING_PAYER), clock.instant(), 10).forEach(settling::check);

        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(payments.published(PaymentSettled.class)).hasSize(1);
    }

    @Test
    void anUnpaidPaymentExpiresOnlyAfterItsExpiryAndTheGatewayConfirmsNothingWasTaken() {
        Payment payment = submitPaid();

        clock.advance(Duration.ofMinutes(15));
        settling.check(payments.get(payment.id()));
        assertThat(payments.get(payment.id()).status()).as("within the grace minute").isEqualTo(PaymentStatus.AWAITING_PAYER);

        clock.advance(Duration.ofMinutes(1));
        settling.check(payments.get(payment.id()));

        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payments.published(PaymentExpired.class)).singleElement()
                .extracting(PaymentExpired::expiresAt).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aPayerWhoPaidButNeverCameBackIsSettledByTheCheckNotExpired() {
        Payment payment = submitPaid();
        gateway.pay(payment.authority(), NOW.plusSeconds(60));
        clock.advance(Duration.ofMinutes(20));

        settling.check(payments.get(payment.id()));

        assertThat(payments.get(payment.id()).status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(payments.published(PaymentExpired.class)).isEmpty();
    }

    private Payment submitPaid() {
        var submitted = new RequestSubmitted(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAID_TYPE", NOW);
        requesting.onRequestSubmitted(submitted);
        return payments.get(submitted.requestId().toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
