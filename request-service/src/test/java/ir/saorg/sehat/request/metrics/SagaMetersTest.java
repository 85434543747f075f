package ir.saorg.sehat.request.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.InMemoryRequests;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NewRequest;
import ir.saorg.sehat.request.lifecycle.SagaFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static ir.saorg.sehat.request.lifecycle.SagaFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The saga's meters, fed by the real lifecycle on an in-memory store. */
class SagaMetersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InMemoryRequests requests = new InMemoryRequests();
    private final MutableClock clock = new MutableClock(NOW);
    private final RequestLifecycle lifecycle = new RequestLifecycle(requests, SagaFixtures.Catalogue.seeds(), clock,
            List.of(new SagaMeters(meters)));

    @Test
    void countsAFreeRequestAndTimesEachStepAndTheWholeSagaOnce() {
        Request request = submit("ENROLMENT_CERTIFICATE", "ut");
        clock.advance(Duration.ofSeconds(2));
        lifecycle.onPaymentWaived(SagaFixtures.waived(request));
        clock.advance(Duration.ofSeconds(3));
        var issued = SagaFixtures.issued(request);
        lifecycle.onCodeIssued(issued);
        lifecycle.onCodeIssued(issued);
        var delivered = new NotificationDelivered(UUID.randomUUID(), NOW, SagaFixtures.id(request), UUID.randomUUID(),
                "CODE_ISSUED", "IN_APP", NOW.plusSeconds(6));
        lifecycle.onNotificationDelivered(delivered);
        lifecycle.onNotificationDelivered(delivered);

        assertThat(count("sehat.requests.submitted", "ENROLMENT_CERTIFICATE", "ut")).isEqualTo(1);
        assertThat(count("sehat.requests.approved", "ENROLMENT_CERTIFICATE", "ut")).isEqualTo(1);
        assertThat(meters.find("sehat.requests.rejected").counter()).isNull();
        assertThat(step("payment_decision")).isEqualTo(2.0);
        assertThat(step("code_issue")).isEqualTo(3.0);
        assertThat(step("announcement")).as("from the code's issue to the delivery").isEqualTo(6.0);
        assertThat(meters.find("sehat.saga.step").tag("step", "payment").timer()).isNull();
        var duration = meters.get("sehat.saga.duration").tag("type", "ENROLMENT_CERTIFICATE")
                .tag("outcome", "CODE_ISSUED").timer();
        assertThat(duration.count()).isEqualTo(1);
        assertThat(duration.totalTime(TimeUnit.SECONDS)).isEqualTo(6.0);
    }

    @Test
    void countsAPaidRequestThatAnOperatorRejectedAndTimesItsPaymentAndReview() {
        Request request = submit("FOREIGN_DEGREE_EVALUATION", "sharif");
        lifecycle.onPaymentRequested(SagaFixtures.requested(request));
        lifecycle.onPaymentSettled(SagaFixtures.settled(request));
        clock.advance(Duration.ofMinutes(10));

        lifecycle.reject(request.id(), "operator", "مدرک خوانا نیست");

        assertThat(count("sehat.requests.submitted", "FOREIGN_DEGREE_EVALUATION", "sharif")).isEqualTo(1);
        assertThat(count("sehat.requests.rejected", "FOREIGN_DEGREE_EVALUATION", "sharif")).isEqualTo(1);
        assertThat(meters.find("sehat.requests.approved").counter()).as("under review is not approved").isNull();
        assertThat(step("payment")).isZero();
        assertThat(step("review")).isEqualTo(600.0);
    }

    private Request submit(String type, String university) {
        return lifecycle.submit(new NewRequest(SagaFixtures.type(type), SagaFixtures.graduate(), "staff", university,
                null, null, null)).orElseThrow();
    }

    private double count(String name, String type, String university) {
        return meters.get(name).tag("type", type).tag("university", university).counter().count();
    }

    private double step(String step) {
        var timer = meters.get("sehat.saga.step").tag("step", step).timer();
        assertThat(timer.count()).as(step + " timed once").isEqualTo(1);
        return timer.totalTime(TimeUnit.SECONDS);
    }
}
