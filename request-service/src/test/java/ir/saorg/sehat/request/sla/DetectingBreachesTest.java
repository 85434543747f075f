package ir.saorg.sehat.request.sla;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.platform.events.EventJson;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

class DetectingBreachesTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final Duration CATCH_UP = Duration.ofDays(7);

    final InMemorySlaRecords records = new InMemorySlaRecords();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final MutableClock clock = new MutableClock(NOW);
    final DetectingBreaches detecting = new DetectingBreaches(records, meters, clock, CATCH_UP);

    @Test
    void marksAnOpenRequestPastItsDueTimeOnceWithAnEventThatMatchesItsSchema() {
        SlaSample late = open(NOW.minus(Duration.ofDays(3)), NOW.minusSeconds(1));
        records.add(late);

        assertThat(detecting.detect()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(detecting.detect()).isZero();

        assertThat(records.published).singleElement().satisfies(event -> {
            assertThat(event.requestId()).hasToString(late.id());
            assertThat(event.requestType()).isEqualTo("ENROLMENT_CERTIFICATE");
            assertThat(event.university()).isEqualTo("ut");
            assertThat(event.submittedAt()).isEqualTo(late.submittedAt());
            assertThat(event.dueAt()).isEqualTo(late.resultDueAt());
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(EventSchemas.violations(EventTypes.SLA_BREACHED.name(), EventJson.write(event))).isEmpty();
        });
        assertThat(records.timeline).singleElement()
                .satisfies(entry -> assertThat(entry.what()).isEqualTo("SLA_BREACHED"));
        assertThat(records.requests.get(late.id()).slaBreachedAt()).isEqualTo(NOW);
        assertThat(meters.counter("sehat.request.sla_breaches", "type", "ENROLMENT_CERTIFICATE").count())
                .isEqualTo(1.0);
    }

    @Test
    void leavesRequestsThatAreNotLateAlone() {
        records.add(open(NOW.minus(Duration.ofDays(2)), NOW),
                open(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1))),
                resulted(NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(60), NOW.minusSeconds(60)),
                closedWithoutResult(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1))));

        assertThat(detecting.detect()).isZero();
        assertThat(records.published).isEmpty();
        assertThat(meters.find("sehat.request.sla_breaches").counters()).isEmpty();
    }

    @Test
    void marksALateResultThatWasNeverSeenOpenPastItsDueTime() {
        SlaSample dueLastHour = resulted(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofHours(1)), NOW);
        records.add(dueLastHour);

        assertThat(detecting.detect()).isEqualTo(1);

        assertThat(records.published).singleElement()
                .satisfies(event -> assertThat(event.requestId()).hasToString(dueLastHour.id()));
    }

    @Test
    void looksForLateResultsDueSinceThePreviousRunOrWithinTheCatchUpBeforeTheFirst() {
        detecting.detect();
        SlaSample dueBeforeTheLastRun = resulted(NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(1), NOW);
        records.add(dueBeforeTheLastRun);
        clock.advance(Duration.ofMinutes(1));
        SlaSample dueSince = resulted(NOW.minus(Duration.ofDays(2)), NOW.plusSeconds(10), NOW.plusSeconds(20));
        records.add(dueSince);

        assertThat(detecting.detect()).isEqualTo(1);
        assertThat(records.published).singleElement()
                .satisfies(event -> assertThat(event.requestId()).hasToString(dueSince.id()));

        var restarted = new DetectingBreaches(records, meters, clock, CATCH_UP);
        SlaSample dueLongAgo = resulted(NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(8)), NOW);
        records.add(dueLongAgo);
        assertThat(restarted.detect()).as("a new instance looks back over its catch-up").isEqualTo(1);
        assertThat(records.published).extracting(event -> event.requestId().toString())
                .containsExactlyInAnyOrder(dueSince.id(), dueBeforeTheLastRun.id());
    }

    private static SlaSample open(Instant submitted, Instant due) {
        return sample(APPROVED, submitted, due, null);
    }

    private static SlaSample resulted(Instant submitted, Instant due, Instant result) {
        return sample(CODE_ISSUED, submitted, due, result);
    }

    private static SlaSample closedWithoutResult(Instant submitted, Instant due) {
        return sample(RequestStatus.CANCELLED, submitted, due, null);
    }

    private static SlaSample sample(RequestStatus status, Instant submitted, Instant due, Instant result) {
        return new SlaSample(UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE", "ut", status, submitted, due,
                result, null, null);
    }
}
