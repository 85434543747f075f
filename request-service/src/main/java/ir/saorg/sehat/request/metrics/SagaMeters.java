package ir.saorg.sehat.request.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import ir.saorg.sehat.request.lifecycle.LifecycleObserver;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The saga as numbers, fed by the lifecycle's observer hooks (after each change is stored, once per request):
 * <ul>
 *   <li>{@code sehat.requests.submitted|approved|rejected{type, university}}: counters;</li>
 *   <li>{@code sehat.saga.step{type, step}}: the time each step of a request took, read from its timeline when the
 *   step's end is known: {@code payment_decision} (submitted until the payment was waived or asked for),
 *   {@code payment} (asked for until paid), {@code review} (under review until approved or rejected),
 *   {@code code_issue} (approved until the code was recorded), {@code announcement} (initial result until the staff
 *   member was told);</li>
 *   <li>{@code sehat.saga.duration{type, outcome}}: end to end, submission until the result was announced, as a
 *   histogram.</li>
 * </ul>
 * Tags are bounded: request types and universities are catalogues, never ids or personal data. A request without a
 * university (an operator's test) is tagged {@code none}.
 */
public class SagaMeters implements LifecycleObserver {

    private static final Set<String> PAYMENT_DECIDED = Set.of(RequestStatus.AWAITING_PAYMENT.name(),
            RequestStatus.APPROVED.name(), RequestStatus.UNDER_REVIEW.name());

    private final MeterRegistry meters;

    public SagaMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void submitted(Request request) {
        count("sehat.requests.submitted", "requests stored as submitted", request);
    }

    @Override
    public void approved(Request request) {
        count("sehat.requests.approved", "requests approved and asking for their code", request);
    }

    @Override
    public void initialResult(Request request) {
        if (request.status() == RequestStatus.REJECTED) {
            count("sehat.requests.rejected", "requests rejected by an operator", request);
        }
        List<TimelineEntry> timeline = request.timeline();
        step(request, "payment_decision", at(timeline, Set.of(RequestStatus.SUBMITTED.name())),
                after(timeline, RequestStatus.SUBMITTED.name(), PAYMENT_DECIDED));
        step(request, "payment", at(timeline, Set.of(RequestStatus.AWAITING_PAYMENT.name())),
                at(timeline, Set.of("PAID")));
        step(request, "review", at(timeline, Set.of(RequestStatus.UNDER_REVIEW.name())),
                after(timeline, RequestStatus.UNDER_REVIEW.name(),
                        Set.of(RequestStatus.APPROVED.name(), RequestStatus.REJECTED.name())));
        step(request, "code_issue", at(timeline, Set.of(RequestStatus.APPROVED.name())),
                at(timeline, Set.of(RequestStatus.CODE_ISSUED.name())));
    }

    @Override
    public void announced(Request request) {
        step(request, "announcement", request.initialResultAt(), request.resultAnnouncedAt());
        if (request.submittedAt() == null || request.resultAnnouncedAt() == null) {
            return;
        }
        Timer.builder("sehat.saga.duration").description("submission until the result was announced")
                .tag("type", request.type()).tag("outcome", request.status().name())
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofDays(30)).register(meters)
                .record(Duration.between(request.submittedAt(), request.resultAnnouncedAt()));
    }

    private void count(String name, String description, Request request) {
        Counter.builder(name).description(description).tag("type", request.type())
                .tag("university", request.university() == null ? "none" : request.university())
                .register(meters).increment();
    }

    private void step(Request request, String step, Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return;
        }
        Timer.builder("sehat.saga.step").description("time one step of the saga took")
                .tag("type", request.type()).tag("step", step).register(meters).record(Duration.between(from, to));
    }

    /** When the timeline first shows one of {@code what}. */
    private static Instant at(List<TimelineEntry> timeline, Set<String> what) {
        return timeline.stream().filter(entry -> what.contains(entry.what())).map(TimelineEntry::at).findFirst()
                .orElse(null);
    }

    /** When, after the first {@code start}, the timeline first shows one of {@code what}. */
    private static Instant after(List<TimelineEntry> timeline, String start, Set<String> what) {
        boolean started = false;
        for (TimelineEntry entry : timeline) {
            if (started && what.contains(entry.what())) {
                return entry.at();
            }
            started |= entry.what().equals(start);
        }
        return null;
    }
}
