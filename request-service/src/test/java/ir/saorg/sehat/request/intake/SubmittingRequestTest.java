package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.IdempotencyKeyReusedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.InvalidFieldsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.OpenRequestExistsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submission;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.lifecycle.InMemoryRequests;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.SagaFixtures;
import ir.saorg.sehat.request.types.CallWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static ir.saorg.sehat.request.lifecycle.SagaFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake's rules: retries return the original, one open request per student and type, calls open and close. */
class SubmittingRequestTest {

    private static final Submitter STAFF_UT = new Submitter("staff.ut", "ut");

    private final InMemoryRequests requests = new InMemoryRequests();
    private final SagaFixtures.Catalogue types = SagaFixtures.Catalogue.seeds();
    private final MutableClock clock = new MutableClock(NOW);
    private final RequestLifecycle lifecycle = new RequestLifecycle(requests, types, clock);
    private final SubmittingRequest submitting = new SubmittingRequest(lifecycle, requests, types, clock);

    @Test
    void aRetryWithTheSameKeyReturnsTheOriginalEvenWrittenInPersianDigits() {
        String id = TestStudents.nationalId();
        Submission first = submitting.submit(enrolment(id), STAFF_UT, "key-1", null);
        Submission retry = submitting.submit(enrolment(persianDigits(id)), STAFF_UT, "key-1", null);

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.request().id()).isEqualTo(first.request().id());
        assertThat(requests.published(RequestSubmitted.class)).hasSize(1);
    }

    @Test
    void aKeyReusedForOtherDataIsRefusedNamingTheOriginal() {
        Submission first = submitting.submit(enrolment(TestStudents.nationalId()), STAFF_UT, "key-2", null);

        assertThatThrownBy(() -> submitting.submit(enrolment(TestStudents.nationalId()), STAFF_UT, "key-2", null))
                .isInstanceOfSatisfying(IdempotencyKeyReusedException.class,
                        e -> assertThat(e.original().id()).isEqualTo(first.request().id()));
    }

    @Test
    void keysBelongToTheirSubmitter() {
        submitting.submit(enrolment(TestStudents.nationalId()), STAFF_UT, "same", null);

        Submission other = submitting.submit(enrolment(TestStudents.nationalId()), new Submitter("staff.sharif",
                "sharif"), "same", null);

        assertThat(other.replayed()).isFalse();
    }

    @Test
    void aStudentHasOneOpenRequestPerTypeUntilItCloses() {
        String id = TestStudents.nationalId();
        Submission first = submitting.submit(enrolment(id), STAFF_UT, null, null);

        assertThatThrownBy(() -> submitting.submit(enrolment(id), STAFF_UT, null, null))
                .isInstanceOfSatisfying(OpenRequestExistsException.class,
                        e -> assertThat(e.open().id()).isEqualTo(first.request().id()));
        assertThat(submitting.submit(provisional(id), STAFF_UT, null, null).request().status())
                .as("another type is another slot").isEqualTo(RequestStatus.SUBMITTED);

        lifecycle.cancel(first.request().id(), "staff.ut", null);

        assertThat(submitting.submit(enrolment(id), STAFF_UT, null, null).replayed()).isFalse();
    }

    @Test
    void aCallNotYetOpenIsRefusedNamingTheNextWindow() {
        var next = new CallWindow(NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(30)));
        types.add(SagaFixtures.enrolment(2, 180, List.of(next)));

        assertThatThrownBy(() -> submitting.submit(enrolment(TestStudents.nationalId()), STAFF_UT, null, null))
                .isInstanceOfSatisfying(CallClosedException.class, e -> {
                    assertThat(e.next()).isEqualTo(next);
                    assertThat(e.last()).isNull();
                });
        assertThat(requests.published(RequestSubmitted.class)).isEmpty();
    }

    @Test
    void anEndedCallIsRefusedNamingItsEndAndAnOpenOneRecordsWhenItCloses() {
        var past = new CallWindow(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1)));
        var current = new CallWindow(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)));
        types.add(SagaFixtures.enrolment(2, 180, List.of(past, current)));

        assertThatThrownBy(() -> submitting.submit(enrolment(TestStudents.nationalId()), STAFF_UT, null, null))
                .isInstanceOfSatisfying(CallClosedException.class, e -> assertThat(e.last()).isEqualTo(past));
        clock.advance(Duration.ofDays(2));
        Submission inside = submitting.submit(enrolment(TestStudents.nationalId()), STAFF_UT, null, null);

        assertThat(inside.request().callClosesAt()).isEqualTo(current.closesAt());
        assertThat(inside.request().typeVersion()).isEqualTo(2);
    }

    @Test
    void invalidFieldsWriteNothing() {
        assertThatThrownBy(() -> submitting.submit(new SubmitRequest("ENROLMENT_CERTIFICATE",
                Map.of("nationalId", "0499370898")), STAFF_UT, "k", null))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(requests.published).isEmpty();
        assertThat(requests.findByIdempotencyKey("staff.ut:k")).isEmpty();
    }

    private static SubmitRequest enrolment(String nationalId) {
        return new SubmitRequest("ENROLMENT_CERTIFICATE", Map.of("nationalId", nationalId,
                "studentNumber", "4011234567", "fullName", "زهرا احمدي"));
    }

    private static SubmitRequest provisional(String nationalId) {
        return new SubmitRequest("PROVISIONAL_GRADUATION_CERTIFICATE", Map.of("nationalId", nationalId,
                "studentNumber", "4011234567", "fullName", "زهرا احمدی", "degree", "BACHELOR",
                "graduationDate", "۱۴۰۳/۶/۳۱"));
    }

    private static String persianDigits(String latin) {
        StringBuilder out = new StringBuilder();
        latin.chars().forEach(c -> out.append((char) ('۰' + (c - '0'))));
        return out.toString();
    }
}
