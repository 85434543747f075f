package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.request.RefundRequested;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.events.request.RequestCancelled;
import ir.saorg.sehat.events.request.RequestRejected;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NewRequest;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NotNowException;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.RequestType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static ir.saorg.sehat.request.lifecycle.SagaFixtures.NOW;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.expired;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.issueFailed;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.issued;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.refunded;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.requested;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.settled;
import static ir.saorg.sehat.request.lifecycle.SagaFixtures.waived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The saga's rules, one guarded step at a time, without a broker or a database. */
class RequestLifecycleTest {

    private final InMemoryRequests requests = new InMemoryRequests();
    private final SagaFixtures.Catalogue types = SagaFixtures.Catalogue.seeds();
    private final MutableClock clock = new MutableClock(NOW);
    private final RequestLifecycle lifecycle = new RequestLifecycle(requests, types, clock);

    @Test
    void aFreeTypeWithoutReviewIsApprovedAtOnceWithItsVersionsValidity() {
        types.add(SagaFixtures.enrolment(2, 30, List.of()));
        Request underV2 = submit(types.current("ENROLMENT_CERTIFICATE").orElseThrow(), SagaFixtures.student());
        types.add(SagaFixtures.enrolment(3, 999, List.of()));

        lifecycle.onPaymentWaived(waived(underV2));

        assertThat(status(underV2)).isEqualTo(RequestStatus.APPROVED);
        assertThat(requests.published(RequestApproved.class)).singleElement()
                .satisfies(a -> assertThat(a.codeValidityDays()).as("the version it was submitted under").isEqualTo(30));
    }

    @Test
    void aTypeWithReviewWaitsForAnOperatorAndIsApprovedOnce() {
        Request request = submit(SagaFixtures.type("EDUCATIONAL_CONFIRMATION"), Map.of(
                "nationalId", ir.saorg.sehat.platform.testing.TestStudents.nationalId(), "studentNumber", "4011",
                "fullName", "زهرا احمدی", "degree", "BACHELOR", "graduationDate", "1403/06/31"));

        lifecycle.onPaymentWaived(waived(request));
        assertThat(status(request)).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(requests.published(RequestApproved.class)).isEmpty();

        lifecycle.approve(request.id(), "operator");

        assertThat(status(request)).isEqualTo(RequestStatus.APPROVED);
        assertThat(requests.published(RequestApproved.class)).hasSize(1);
        assertThat(requests.find(request.id()).orElseThrow().timeline()).extracting(TimelineEntry::what, TimelineEntry::by)
                .contains(org.assertj.core.groups.Tuple.tuple("APPROVED", "operator"));
        assertThatThrownBy(() -> lifecycle.approve(request.id(), "operator")).isInstanceOf(NotNowException.class);
        assertThat(requests.published(RequestApproved.class)).hasSize(1);
    }

    @Test
    void rejectingAPaidRequestRecordsTheReasonAsTheResultAndAsksForTheMoneyBack() {
        Request request = paidForeignDegree();

        lifecycle.reject(request.id(), "operator", "مدرک خوانا نیست");

        Request rejected = requests.find(request.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.initialResultAt()).isEqualTo(NOW);
        assertThat(rejected.outcomeReason()).isEqualTo("مدرک خوانا نیست");
        assertThat(requests.published(RequestRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.paid()).isTrue());
        assertThat(requests.published(RefundRequested.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("مدرک خوانا نیست"));
        assertThat(requests.findOpen(Request.openKey(request.type(), request.fields()))).as("the slot is free").isEmpty();
    }

    @Test
    void theRefundIsRecordedOnceAndTheRequestStaysRejected() {
        Request request = paidForeignDegree();
        lifecycle.reject(request.id(), "operator", "مدرک خوانا نیست");
        var refund = refunded(request);

        lifecycle.onPaymentRefunded(refund);
        lifecycle.onPaymentRefunded(refund);

        Request after = requests.find(request.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(after.payment().refundedAt()).isEqualTo(NOW);
        assertThat(after.paid()).isFalse();
        assertThat(after.timeline()).filteredOn(e -> e.what().equals("REFUNDED")).hasSize(1);
    }

    @Test
    void rejectingAFreeRequestAsksForNoRefund() {
        Request request = submit(SagaFixtures.type("EDUCATIONAL_CONFIRMATION"), Map.of(
                "nationalId", ir.saorg.sehat.platform.testing.TestStudents.nationalId(), "studentNumber", "4011",
                "fullName", "زهرا احمدی", "degree", "BACHELOR", "graduationDate", "1403/06/31"));
        lifecycle.onPaymentWaived(waived(request));

        lifecycle.reject(request.id(), "operator", "دانشجو انصراف داده است");

        assertThat(requests.published(RequestRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.paid()).isFalse());
        assertThat(requests.published(RefundRequested.class)).isEmpty();
    }

    @Test
    void onlyARequestUnderReviewCanBeRejected() {
        Request request = submit(SagaFixtures.type("ENROLMENT_CERTIFICATE"), SagaFixtures.student());
        lifecycle.onPaymentWaived(waived(request));

        assertThatThrownBy(() -> lifecycle.reject(request.id(), "operator", "x"))
                .isInstanceOfSatisfying(NotNowException.class,
                        e -> assertThat(e.request().status()).isEqualTo(RequestStatus.APPROVED));
        assertThat(requests.published(RequestRejected.class)).isEmpty();
    }

    @Test
    void staffCancelBeforePayingAndALatePaymentRequestChangesNothing() {
        Request request = submit(SagaFixtures.type("FOREIGN_DEGREE_EVALUATION"), SagaFixtures.graduate());

        lifecycle.cancel(request.id(), "staff.ut", "اشتباه ثبت شد");
        lifecycle.onPaymentRequested(requested(request));

        assertThat(status(request)).isEqualTo(RequestStatus.CANCELLED);
        assertThat(requests.published(RequestCancelled.class)).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(RequestCancelled.Reason.STAFF));
        assertThatThrownBy(() -> lifecycle.cancel(request.id(), "staff.ut", null)).isInstanceOf(NotNowException.class);
        assertThat(submit(SagaFixtures.type("FOREIGN_DEGREE_EVALUATION"), request.fields()))
                .as("the student may be submitted again").isNotNull();
    }

    @Test
    void moneyThatArrivesAfterCancellationIsGivenBackOnce() {
        Request request = submit(SagaFixtures.type("FOREIGN_DEGREE_EVALUATION"), SagaFixtures.graduate());
        lifecycle.onPaymentRequested(requested(request));
        lifecycle.cancel(request.id(), "staff.ut", null);
        var paid = settled(request);

        lifecycle.onPaymentSettled(paid);
        lifecycle.onPaymentSettled(paid);

        Request after = requests.find(request.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(after.paid()).isTrue();
        assertThat(requests.published(RefundRequested.class)).hasSize(1);
        assertThat(requests.published(RequestApproved.class)).isEmpty();
    }

    @Test
    void aRequestStillUnpaidWhenItsCallEndsIsClosedAndItsExpiryChangesNothing() {
        var window = new CallWindow(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofHours(1)));
        types.add(new RequestType("FOREIGN_DEGREE_EVALUATION", 2, "ارزشنامه", "Evaluation",
                SagaFixtures.type("FOREIGN_DEGREE_EVALUATION").fields(), Duration.ofDays(14), true, 730, 0,
                List.of(window)));
        Request unpaid = submitInWindow(types.current("FOREIGN_DEGREE_EVALUATION").orElseThrow(), window);
        Request paid = submitInWindow(types.current("FOREIGN_DEGREE_EVALUATION").orElseThrow(), window);
        lifecycle.onPaymentRequested(requested(unpaid));
        lifecycle.onPaymentRequested(requested(paid));
        lifecycle.onPaymentSettled(settled(paid));
        var closing = new ClosingEndedCalls(requests, lifecycle, clock);

        assertThat(closing.closeAll()).as("the call is still open").isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(closing.closeAll()).isEqualTo(1);
        assertThat(closing.closeAll()).isZero();
        lifecycle.onPaymentExpired(expired(unpaid));

        assertThat(status(unpaid)).isEqualTo(RequestStatus.CALL_ENDED);
        assertThat(status(paid)).isEqualTo(RequestStatus.UNDER_REVIEW);
        assertThat(requests.published(RequestCancelled.class)).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(RequestCancelled.Reason.CALL_ENDED));
    }

    @Test
    void aTypeWhoseCodesEndWithItsCallAsksForCodesThatExpireWhenTheCallEnds() {
        var window = new CallWindow(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(20)));
        RequestType seed = SagaFixtures.type("ENROLMENT_CERTIFICATE");
        var bound = new RequestType(seed.code(), 2, seed.nameFa(), seed.nameEn(), seed.fields(), seed.targetTime(),
                false, 180, 0, List.of(window), true);
        types.add(bound);
        Request request = lifecycle.submit(new NewRequest(bound, SagaFixtures.student(), "staff.ut", "ut",
                window.closesAt(), null, null)).orElseThrow();

        lifecycle.onPaymentWaived(waived(request));

        assertThat(requests.published(RequestApproved.class)).singleElement()
                .satisfies(a -> assertThat(a.expiresNoLaterThan()).isEqualTo(window.closesAt()));
    }

    @Test
    void theCodeIsTheInitialResult() {
        Request request = submit(SagaFixtures.type("ENROLMENT_CERTIFICATE"), SagaFixtures.student());
        lifecycle.onPaymentWaived(waived(request));

        lifecycle.onCodeIssued(issued(request));

        Request after = requests.find(request.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RequestStatus.CODE_ISSUED);
        assertThat(after.initialResultAt()).isEqualTo(NOW);
        assertThat(after.openFor()).isNull();
    }

    @Test
    void aFailedIssueClosesThePaidRequestWithItsReasonAndRefunds() {
        Request request = paidForeignDegree();
        lifecycle.approve(request.id(), "operator");
        var failure = issueFailed(request);

        lifecycle.onCodeIssueFailed(failure);
        lifecycle.onCodeIssueFailed(failure);

        Request after = requests.find(request.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RequestStatus.CODE_ISSUE_FAILED);
        assertThat(after.outcomeReason()).isEqualTo("NO_FREE_CODE");
        assertThat(requests.published(RefundRequested.class)).hasSize(1);
    }

    @Test
    void anEventThatFitsNoStateIsRefused() {
        Request request = submit(SagaFixtures.type("ENROLMENT_CERTIFICATE"), SagaFixtures.student());

        assertThatThrownBy(() -> lifecycle.onCodeIssued(issued(request)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("SUBMITTED");
    }

    private Request paidForeignDegree() {
        Request request = submit(SagaFixtures.type("FOREIGN_DEGREE_EVALUATION"), SagaFixtures.graduate());
        lifecycle.onPaymentRequested(requested(request));
        lifecycle.onPaymentSettled(settled(request));
        assertThat(status(request)).isEqualTo(RequestStatus.UNDER_REVIEW);
        return request;
    }

    private Request submit(RequestType type, Map<String, String> fields) {
        return lifecycle.submit(new NewRequest(type, fields, "staff.ut", "ut", null, null, null)).orElse(null);
    }

    private Request submitInWindow(RequestType type, CallWindow window) {
        return lifecycle.submit(new NewRequest(type, SagaFixtures.graduate(), "staff.ut", "ut", window.closesAt(), null,
                null)).orElseThrow();
    }

    private RequestStatus status(Request request) {
        return requests.find(request.id()).orElseThrow().status();
    }
}
