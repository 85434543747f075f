package ir.saorg.sehat.request.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import ir.saorg.sehat.request.lifecycle.LifecycleObserver;
import ir.saorg.sehat.request.lifecycle.Request;

import java.time.Duration;

/**
 * Times each request from submission to its initial result, per type ({@code sehat.request.initial_result}, tag
 * {@code type}), as a histogram Prometheus can take percentiles of, with a bucket boundary at the type's target
 * time so that the share within target is {@code bucket{le=target} / count}. The boundary is the target of the
 * first request timed since the service started; a later change of the type's target shows from the next restart.
 */
public class InitialResultTimer implements LifecycleObserver {

    static final String NAME = "sehat.request.initial_result";
    /** Initial results per type, {@code on_time} true when at or before the request's due time: the SLA's share. */
    static final String RESULTS = "sehat.request.initial_results";

    private final MeterRegistry meters;

    public InitialResultTimer(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void initialResult(Request request) {
        if (request.initialResultAt() == null || request.submittedAt() == null) {
            return;
        }
        var builder = Timer.builder(NAME).description("time from submission to the initial result (code or rejection)")
                .tag("type", request.type())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(90));
        if (request.resultDueAt() != null && request.resultDueAt().isAfter(request.submittedAt())) {
            builder.serviceLevelObjectives(Duration.between(request.submittedAt(), request.resultDueAt()));
        }
        builder.register(meters).record(Duration.between(request.submittedAt(), request.initialResultAt()));
        if (request.resultDueAt() != null) {
            boolean onTime = !request.initialResultAt().isAfter(request.resultDueAt());
            meters.counter(RESULTS, "type", request.type(), "on_time", String.valueOf(onTime)).increment();
        }
    }
}
