package ir.saorg.sehat.payment.sandbox;

import ir.saorg.sehat.platform.testing.MutableClock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ir.saorg.sehat.payment.sandbox.SandboxGateway.NewPayment;
import ir.saorg.sehat.payment.sandbox.persistence.MongoSandboxSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** The sandbox gateway's rules over its MongoDB store (an in-memory MongoDB-wire-protocol server). */
class SandboxGatewayTest {

    static final String MERCHANT = "a1b2c3d4-0000-4000-8000-5e4a7c0de5a1";
    static final String OTHER_MERCHANT = "0f0f0f0f-1111-4222-8333-444455556666";
    static final String CALLBACK = "https://sehat.example/payments/callback";
    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    static MongoServer server;
    static MongoClient client;

    MutableClock clock;
    MongoSandboxSessions sessions;
    SandboxGateway gateway;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshGateway() {
        clock = new MutableClock(START);
        sessions = new MongoSandboxSessions(new MongoTemplate(client, "sandbox-" + UUID.randomUUID()));
        gateway = new SandboxGateway(sessions, clock, MERCHANT, Duration.ofMinutes(15), Duration.ofMinutes(30));
    }

    SandboxSession open(long amount) {
        return gateway.request(new NewPayment(MERCHANT, amount, CALLBACK, "Tariff", null, null, null, "req-1"));
    }

    SandboxSession paid(long amount) {
        SandboxSession session = open(amount);
        gateway.complete(session.authority(), PayAction.PAY).orElseThrow();
        return session;
    }

    SandboxSession verified(long amount) {
        SandboxSession session = paid(amount);
        gateway.verify(MERCHANT, amount, session.authority());
        return session;
    }

    static GatewayRefusal refusal(Runnable call) {
        try {
            call.run();
        } catch (GatewayRefusal refusal) {
            return refusal;
        }
        throw new AssertionError("expected a refusal");
    }

    @Nested
    class Request {

        @Test
        void opensAnInBankSessionWithAZarinpalShapedAuthority() {
            SandboxSession session = gateway.request(new NewPayment(MERCHANT, 2_500_000L, CALLBACK, "Tariff", "IRR",
                    "09121234567", "a@b.ir", "req-42"));

            assertThat(session.authority()).matches("S\\d{35}");
            SandboxSession stored = sessions.find(session.authority()).orElseThrow();
            assertThat(stored.status()).isEqualTo(SessionStatus.IN_BANK);
            assertThat(stored.amount()).isEqualTo(2_500_000L);
            assertThat(stored.orderId()).isEqualTo("req-42");
            assertThat(stored.merchantId()).isEqualTo(MERCHANT);
            assertThat(stored.createdAt()).isEqualTo(START);
        }

        @Test
        void authoritiesAreUnique() {
            var authorities = new HashSet<String>();
            for (int i = 0; i < 50; i++) {
                authorities.add(open(1_000).authority());
            }
            assertThat(authorities).hasSize(50);
        }

        @Test
        void anotherMerchantIsNotAValidTerminal() {
            assertThat(refusal(() -> gateway.request(
                    new NewPayment(OTHER_MERCHANT, 10_000L, CALLBACK, "d", null, null, null, null))).code())
                    .isEqualTo(ZarinpalCode.TERMINAL_INVALID);
        }

        @Test
        void amountsOutsideZarinpalsBoundsAreInvalid() {
            assertThat(refusal(() -> open(999)).validations()).containsExactly(
                    Map.of("amount", "The amount must be at least 1000."));
            assertThat(refusal(() -> open(500_000_000_001L)).code()).isEqualTo(ZarinpalCode.VALIDATION);
            assertThat(open(1_000).amount()).isEqualTo(1_000);
            assertThat(open(500_000_000_000L).amount()).isEqualTo(500_000_000_000L);
        }

        @Test
        void theCallbackMustBeAnAbsoluteHttpAddress() {
            for (String callback : List.of("/relative/path", "ftp://sehat.example/cb", "javascript:alert(1)",
                    "https://", "not a url")) {
                GatewayRefusal refusal = refusal(() -> gateway.request(
                        new NewPayment(MERCHANT, 10_000L, callback, "d", null, null, null, null)));
                assertThat(refusal.code()).as(callback).isEqualTo(ZarinpalCode.VALIDATION);
                assertThat(refusal.validations()).as(callback).extracting(m -> m.keySet().iterator().next())
                        .containsExactly("callback_url");
            }
            assertThat(gateway.request(new NewPayment(MERCHANT, 10_000L, "http://localhost:8080/cb?x=1", "d", null,
                    null, null, null)).callbackUrl()).isEqualTo("http://localhost:8080/cb?x=1");
        }

        @Test
        void everyMissingFieldIsListed() {
            GatewayRefusal refusal = refusal(() -> gateway.request(
                    new NewPayment(null, null, null, " ", "IRT", null, null, null)));
            assertThat(refusal.code()).isEqualTo(ZarinpalCode.VALIDATION);
            assertThat(refusal.validations()).flatExtracting(Map::keySet)
                    .containsExactly("merchant_id", "amount", "callback_url", "description", "currency");
        }
    }

    @Nested
    class PayPage {

        @Test
        void payingGivesAnIncreasingRefIdAndTheCallbackSaysOk() {
            SandboxSession first = open(10_000);
            SandboxSession second = open(20_000);

            SandboxGateway.Completion one = gateway.complete(first.authority(), PayAction.PAY).orElseThrow();
            SandboxGateway.Completion two = gateway.complete(second.authority(), PayAction.PAY).orElseThrow();

            assertThat(one.session().status()).isEqualTo(SessionStatus.PAID);
            assertThat(one.session().refId()).isEqualTo(SandboxGateway.FIRST_REF_ID);
            assertThat(two.session().refId()).isEqualTo(SandboxGateway.FIRST_REF_ID + 1);
            assertThat(one.session().paidAt()).isEqualTo(START);
            assertThat(one.session().cardPan()).isEqualTo("502229******5995");
            assertThat(one.session().cardHash()).matches("[0-9A-F]{64}");
            assertThat(one.callbackUrl()).isEqualTo(CALLBACK + "?Authority=" + first.authority() + "&Status=OK");
        }

        @Test
        void aSecondClickDoesNotPayAgain() {
            SandboxSession session = open(10_000);
            long refId = gateway.complete(session.authority(), PayAction.PAY).orElseThrow().session().refId();
            clock.advance(Duration.ofSeconds(3));

            SandboxGateway.Completion again = gateway.complete(session.authority(), PayAction.PAY).orElseThrow();

            assertThat(again.session().refId()).isEqualTo(refId);
            assertThat(again.session().paidAt()).isEqualTo(START);
            assertThat(gateway.complete(session.authority(), PayAction.CANCEL).orElseThrow().callbackUrl())
                    .endsWith("&Status=OK");
        }

        @Test
        void declineAndCancelFailTheSessionAndTheCallbackSaysNok() {
            SandboxSession declined = open(10_000);
            SandboxSession cancelled = open(10_000);

            assertThat(gateway.complete(declined.authority(), PayAction.DECLINE).orElseThrow().callbackUrl())
                    .endsWith("&Status=NOK");
            assertThat(gateway.complete(cancelled.authority(), PayAction.CANCEL).orElseThrow().callbackUrl())
                    .endsWith("&Status=NOK");
            assertThat(gateway.inquire(MERCHANT, declined.authority()).status()).isEqualTo(SessionStatus.FAILED);
            assertThat(gateway.inquire(MERCHANT, cancelled.authority()).status()).isEqualTo(SessionStatus.FAILED);
            // Paying after cancelling changes nothing.
            SandboxGateway.Completion late = gateway.complete(cancelled.authority(), PayAction.PAY).orElseThrow();
            assertThat(late.session().status()).isEqualTo(SessionStatus.FAILED);
            assertThat(late.session().refId()).isNull();
        }

        @Test
        void anUnpaidSessionPastItsLifetimeFails() {
            SandboxSession session = open(10_000);
            clock.advance(Duration.ofMinutes(15));

            SandboxGateway.Completion completion = gateway.complete(session.authority(), PayAction.PAY).orElseThrow();

            assertThat(completion.session().status()).isEqualTo(SessionStatus.FAILED);
            assertThat(completion.callbackUrl()).endsWith("&Status=NOK");
        }

        @Test
        void aSessionWithinItsLifetimeCanBePaid() {
            SandboxSession session = open(10_000);
            clock.advance(Duration.ofMinutes(14).plusSeconds(59));

            assertThat(gateway.complete(session.authority(), PayAction.PAY).orElseThrow().session().status())
                    .isEqualTo(SessionStatus.PAID);
        }

        @Test
        void anUnknownAuthorityHasNoSession() {
            assertThat(gateway.complete("S" + "0".repeat(35), PayAction.PAY)).isEmpty();
            assertThat(gateway.session("S" + "0".repeat(35))).isEmpty();
        }

        @Test
        void theCallbackKeepsTheMerchantsQueryAndFragment() {
            SandboxSession session = gateway.request(new NewPayment(MERCHANT, 10_000L,
                    "https://sehat.example/cb?request=42#top", "d", null, null, null, null));
            assertThat(gateway.complete(session.authority(), PayAction.PAY).orElseThrow().callbackUrl())
                    .isEqualTo("https://sehat.example/cb?request=42&Authority=" + session.authority()
                            + "&Status=OK#top");
        }
    }

    @Nested
    class Verify {

        @Test
        void firstVerifyIs100ThenEveryRepeatIs101WithTheSameRefId() {
            SandboxSession session = paid(25_000);

            SandboxGateway.Verification first = gateway.verify(MERCHANT, 25_000L, session.authority());
            SandboxGateway.Verification second = gateway.verify(MERCHANT, 25_000L, session.authority());

            assertThat(first.repeated()).isFalse();
            assertThat(second.repeated()).isTrue();
            assertThat(second.session().refId()).isEqualTo(first.session().refId()).isNotNull();
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.VERIFIED);
        }

        @Test
        void anotherAmountIsRefused() {
            SandboxSession session = paid(25_000);
            assertThat(refusal(() -> gateway.verify(MERCHANT, 25_001L, session.authority())).code())
                    .isEqualTo(ZarinpalCode.AMOUNT_MISMATCH);
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.PAID);
        }

        @Test
        void anotherMerchantsSessionIsRefused() {
            SandboxSession session = paid(25_000);
            assertThat(refusal(() -> gateway.verify(OTHER_MERCHANT, 25_000L, session.authority())).code())
                    .isEqualTo(ZarinpalCode.OTHER_MERCHANT);
        }

        @Test
        void anUnknownAuthorityIsRefused() {
            assertThat(refusal(() -> gateway.verify(MERCHANT, 25_000L, "S" + "1".repeat(35))).code())
                    .isEqualTo(ZarinpalCode.INVALID_AUTHORITY);
        }

        @Test
        void anUnpaidOrFailedSessionIsRefused() {
            SandboxSession unpaid = open(25_000);
            SandboxSession cancelled = open(25_000);
            gateway.complete(cancelled.authority(), PayAction.CANCEL);

            assertThat(refusal(() -> gateway.verify(MERCHANT, 25_000L, unpaid.authority())).code())
                    .isEqualTo(ZarinpalCode.NOT_PAID);
            assertThat(refusal(() -> gateway.verify(MERCHANT, 25_000L, cancelled.authority())).code())
                    .isEqualTo(ZarinpalCode.NOT_PAID);
        }

        @Test
        void aTamperedAmountMakesTheMerchantsAmountMismatch() {
            SandboxSession session = paid(25_000);
            gateway.changeAmount(session.authority(), 26_000L);
            assertThat(refusal(() -> gateway.verify(MERCHANT, 25_000L, session.authority())).code())
                    .isEqualTo(ZarinpalCode.AMOUNT_MISMATCH);
        }

        @Test
        void ofTwoConcurrentVerifiesExactlyOneGets100() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    SandboxSession session = paid(25_000);
                    var ready = new CountDownLatch(2);
                    var go = new CountDownLatch(1);
                    var results = new ArrayList<CompletableFuture<SandboxGateway.Verification>>();
                    for (int i = 0; i < 2; i++) {
                        results.add(CompletableFuture.supplyAsync(() -> {
                            ready.countDown();
                            await(go);
                            return gateway.verify(MERCHANT, 25_000L, session.authority());
                        }, threads));
                    }
                    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                    go.countDown();
                    List<SandboxGateway.Verification> done = new ArrayList<>();
                    for (var result : results) {
                        done.add(result.get(10, TimeUnit.SECONDS));
                    }
                    assertThat(done).filteredOn(v -> !v.repeated()).as("round %d", round).hasSize(1);
                    assertThat(done).extracting(v -> v.session().refId()).containsOnly(done.getFirst().session().refId());
                }
            } finally {
                threads.shutdownNow();
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Inquiry {

        @Test
        void followsTheSessionThroughItsStatuses() {
            SandboxSession session = open(30_000);
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.IN_BANK);
            gateway.complete(session.authority(), PayAction.PAY);
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.PAID);
            gateway.verify(MERCHANT, 30_000L, session.authority());
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.VERIFIED);
            gateway.reverse(MERCHANT, session.authority());
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.REVERSED);
        }

        @Test
        void anExpiredSessionIsFailed() {
            SandboxSession session = open(30_000);
            clock.advance(Duration.ofHours(1));
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.FAILED);
        }

        @Test
        void unknownAndForeignSessionsAreRefused() {
            SandboxSession session = open(30_000);
            assertThat(refusal(() -> gateway.inquire(MERCHANT, "S" + "2".repeat(35))).code())
                    .isEqualTo(ZarinpalCode.INVALID_AUTHORITY);
            assertThat(refusal(() -> gateway.inquire(OTHER_MERCHANT, session.authority())).code())
                    .isEqualTo(ZarinpalCode.OTHER_MERCHANT);
        }
    }

    @Nested
    class Reverse {

        @Test
        void aVerifiedSessionWithinTheWindowIsReversed() {
            SandboxSession session = verified(40_000);
            clock.advance(Duration.ofMinutes(30));

            assertThat(gateway.reverse(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.REVERSED);
            assertThat(refusal(() -> gateway.reverse(MERCHANT, session.authority())).code())
                    .isEqualTo(ZarinpalCode.NOT_SUCCESSFUL);
        }

        @Test
        void afterTheWindowItIsTooLate() {
            SandboxSession session = verified(40_000);
            clock.advance(Duration.ofMinutes(30).plusSeconds(1));

            assertThat(refusal(() -> gateway.reverse(MERCHANT, session.authority())).code())
                    .isEqualTo(ZarinpalCode.REVERSE_EXPIRED);
            assertThat(gateway.inquire(MERCHANT, session.authority()).status()).isEqualTo(SessionStatus.VERIFIED);
        }

        @Test
        void onlyAVerifiedSessionCanBeReversed() {
            SandboxSession paidOnly = paid(40_000);
            assertThat(refusal(() -> gateway.reverse(MERCHANT, paidOnly.authority())).code())
                    .isEqualTo(ZarinpalCode.NOT_SUCCESSFUL);
        }
    }

    @Nested
    class Unverified {

        @Test
        void listsPaidSessionsNotYetVerified() {
            SandboxSession waiting = paid(50_000);
            verified(60_000);
            open(70_000);

            assertThat(gateway.unverified(MERCHANT)).extracting(SandboxSession::authority)
                    .containsExactly(waiting.authority());
            assertThat(refusal(() -> gateway.unverified(OTHER_MERCHANT)).code())
                    .isEqualTo(ZarinpalCode.TERMINAL_INVALID);
        }
    }

    @Nested
    class Refund {

        @Test
        void aRepeatedRefundAnswersWithTheSameRefund() {
            SandboxSession session = verified(80_000);

            SandboxGateway.Refund first = gateway.refund(session.authority(), 50_000L, "CARD", "CUSTOMER_REQUEST");
            SandboxGateway.Refund again = gateway.refund(session.authority(), 50_000L, "CARD", "CUSTOMER_REQUEST");

            assertThat(first.repeated()).isFalse();
            assertThat(first.session().status()).isEqualTo(SessionStatus.REFUNDED);
            assertThat(first.session().refundId()).startsWith("R");
            assertThat(first.session().refundAmount()).isEqualTo(50_000L);
            assertThat(again.repeated()).isTrue();
            assertThat(again.session().refundId()).isEqualTo(first.session().refundId());
        }

        @Test
        void notMoreThanWasPaid() {
            SandboxSession session = verified(80_000);
            GatewayRefusal refusal = refusal(() -> gateway.refund(session.authority(), 80_001L, "PAYA", "OTHER"));
            assertThat(refusal.code()).isEqualTo(ZarinpalCode.VALIDATION);
            assertThat(refusal.validations()).flatExtracting(Map::keySet).containsExactly("amount");
        }

        @Test
        void onlyAVerifiedSession() {
            SandboxSession session = paid(80_000);
            assertThat(refusal(() -> gateway.refund(session.authority(), 1_000L, "PAYA", "OTHER")).code())
                    .isEqualTo(ZarinpalCode.NOT_SUCCESSFUL);
            assertThat(refusal(() -> gateway.refund("S" + "3".repeat(35), 1_000L, "PAYA", "OTHER")).code())
                    .isEqualTo(ZarinpalCode.INVALID_AUTHORITY);
        }

        @Test
        void methodAndReasonComeFromZarinpalsLists() {
            SandboxSession session = verified(80_000);
            assertThat(refusal(() -> gateway.refund(session.authority(), 1_000L, "CASH", "BORED")).validations())
                    .flatExtracting(Map::keySet).containsExactly("method", "reason");
        }

        @Test
        void aRefundedSessionCannotBeReversed() {
            SandboxSession session = verified(80_000);
            gateway.refund(session.authority(), 80_000L, "PAYA", "DUPLICATE_TRANSACTION");
            assertThat(refusal(() -> gateway.reverse(MERCHANT, session.authority())).code())
                    .isEqualTo(ZarinpalCode.NOT_REVERSIBLE);
        }
    }

    @Nested
    class Report {

        @Test
        void aPaymentBelongsToItsDayInTehran() {
            // 21:00 UTC on 24 November is 00:30 on 25 November in Tehran (UTC+03:30).
            clock.set(Instant.parse("2026-11-24T21:00:00Z"));
            SandboxSession afterMidnight = paid(90_000);
            clock.set(Instant.parse("2026-11-24T20:29:59Z"));
            SandboxSession beforeMidnight = paid(91_000);
            open(92_000);
            SandboxSession cancelled = open(93_000);
            gateway.complete(cancelled.authority(), PayAction.CANCEL);

            assertThat(gateway.report(MERCHANT, "2026-11-25")).extracting(SandboxSession::authority)
                    .containsExactly(afterMidnight.authority());
            assertThat(gateway.report(MERCHANT, "2026-11-24")).extracting(SandboxSession::authority)
                    .containsExactly(beforeMidnight.authority());
        }

        @Test
        void keepsPaymentsWhateverBecameOfThem() {
            SandboxSession refunded = verified(90_000);
            gateway.refund(refunded.authority(), 90_000L, "CARD", "OTHER");
            SandboxSession reversed = verified(91_000);
            gateway.reverse(MERCHANT, reversed.authority());
            SandboxSession paidOnly = paid(92_000);

            assertThat(gateway.report(MERCHANT, "2026-11-24"))
                    .extracting(SandboxSession::authority, SandboxSession::status)
                    .containsExactlyInAnyOrder(
                            tuple(refunded.authority(), SessionStatus.REFUNDED),
                            tuple(reversed.authority(), SessionStatus.REVERSED),
                            tuple(paidOnly.authority(), SessionStatus.PAID));
        }

        @Test
        void theDateMustBeAnIsoDay() {
            assertThat(refusal(() -> gateway.report(MERCHANT, "1405/09/04")).validations())
                    .flatExtracting(Map::keySet).containsExactly("date");
            assertThatThrownBy(() -> gateway.report(OTHER_MERCHANT, "2026-11-25"))
                    .asInstanceOf(type(GatewayRefusal.class))
                    .extracting(GatewayRefusal::code).isEqualTo(ZarinpalCode.TERMINAL_INVALID);
        }
    }
}
