package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NewRequest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static ir.saorg.sehat.request.lifecycle.SagaFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An issued record is corrected by one new, approved request whose code replaces the old one. */
class CorrectingRecordTest {

    private final InMemoryRequests requests = new InMemoryRequests();
    private final SagaFixtures.Catalogue types = SagaFixtures.Catalogue.seeds();
    private final MutableClock clock = new MutableClock(NOW);
    private final RequestLifecycle lifecycle = new RequestLifecycle(requests, types, clock);
    private final CorrectingRecord correcting = new CorrectingRecord(requests, types, clock);

    @Test
    void aCorrectionIsApprovedAtOnceAndAsksForACodeReplacingTheOldOne() {
        Request original = issued();
        Map<String, String> fields = new HashMap<>(original.fields());
        fields.put("fullName", "زهرا احمدی‌نژاد");

        Request correction = correcting.correct(original, fields, "operator", "نام خانوادگی ناقص بود");

        assertThat(correction.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(correction.corrects()).isEqualTo(original.id());
        assertThat(correction.university()).isEqualTo(original.university());
        assertThat(requests.find(original.id()).orElseThrow().correctedBy()).isEqualTo(correction.id());
        assertThat(requests.published(RequestApproved.class)).last().satisfies(a -> {
            assertThat(a.requestId().toString()).isEqualTo(correction.id());
            assertThat(a.replacesCode()).isEqualTo(original.code().value());
            assertThat(a.holder().fullName()).isEqualTo("زهرا احمدی‌نژاد");
        });
    }

    @Test
    void correctingAgainFindsTheFirstCorrection() {
        Request original = issued();
        Request first = correcting.correct(original, original.fields(), "operator", "x");

        Request again = correcting.correct(requests.find(original.id()).orElseThrow(), original.fields(), "operator2",
                "y");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(requests.published(RequestApproved.class)).hasSize(2);
        assertThat(requests.find(original.id()).orElseThrow().timeline())
                .filteredOn(e -> e.what().equals("CORRECTED")).hasSize(1);
    }

    @Test
    void onlyAnIssuedRecordCanBeCorrected() {
        Request submitted = lifecycle.submit(new NewRequest(SagaFixtures.type("ENROLMENT_CERTIFICATE"),
                SagaFixtures.student(), "staff.ut", "ut", null, null, null)).orElseThrow();

        assertThatThrownBy(() -> correcting.correct(submitted, submitted.fields(), "operator", "x"))
                .isInstanceOf(RequestLifecycle.NotNowException.class);
        assertThat(requests.published(RequestApproved.class)).isEmpty();
    }

    private Request issued() {
        Request request = lifecycle.submit(new NewRequest(SagaFixtures.type("ENROLMENT_CERTIFICATE"),
                SagaFixtures.student(), "staff.ut", "ut", null, null, null)).orElseThrow();
        lifecycle.onPaymentWaived(SagaFixtures.waived(request));
        lifecycle.onCodeIssued(SagaFixtures.issued(request));
        return requests.find(request.id()).orElseThrow();
    }
}
