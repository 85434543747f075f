package ir.saorg.sehat.request.sla;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Finds requests that breached the agreement and marks each once, with an {@code SLA_BREACHED} line on its timeline
 * and SlaBreached in the same write. Two kinds:
 * <ul>
 * <li>open requests past their due time without an initial result, however long ago they were due;</li>
 * <li>requests whose initial result came late but which were never seen open past their due time (the result came
 * between the due time and the next run, or the service was down): those that fell due since the previous run, or
 * within {@code catchUp} before the first run of this instance.</li>
 * </ul>
 * Several instances may run at once: marking is conditional on the request being unmarked, so each request is
 * marked, and announced, once.
 */
public class DetectingBreaches {

    static final String BREACHES = "sehat.request.sla_breaches";

    static final String SLA_BREACHED = "SLA_BREACHED";
    static final String BY = "request-service";

    private final SlaRecords records;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration catchUp;
    private Instant sweptUntil;

    public DetectingBreaches(SlaRecords records, MeterRegistry meters, Clock clock, Duration catchUp) {
        this.records = records;
        this.meters = meters;
        this.clock = clock;
        this.catchUp = catchUp;
    }

    /** @return how many breaches this run marked */
    public synchronized int detect() {
        Instant now = clock.instant();
        Instant since = sweptUntil == null ? now.minus(catchUp) : sweptUntil;
        int marked = 0;
        try (Stream<SlaSample> waiting = records.unmarkedPastDue(now)) {
            marked += waiting.mapToInt(request -> mark(request, now)).sum();
        }
        try (Stream<SlaSample> resulted = records.resultedUnmarkedDueBetween(since, now)) {
            marked += resulted.filter(SlaSample::initialResultLate).mapToInt(request -> mark(request, now)).sum();
        }
        if (sweptUntil == null || now.isAfter(sweptUntil)) {
            sweptUntil = now;
        }
        return marked;
    }

    private int mark(SlaSample request, Instant now) {
        var breached = new SlaBreached(UUID.randomUUID(), now, UUID.fromString(request.id()), request.type(),
                request.university(), request.submittedAt(), request.resultDueAt());
        if (!records.markBreached(request, new TimelineEntry(SLA_BREACHED, now, BY, null), breached)) {
            return 0;
        }
        meters.counter(BREACHES, "type", request.type()).increment();
        return 1;
    }
}
