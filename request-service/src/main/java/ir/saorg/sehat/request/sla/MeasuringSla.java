package ir.saorg.sehat.request.sla;

import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures the agreement over the requests submitted in a range, per type. Reads the requests one by one through a
 * projection and keeps 8 bytes per request (a duration on each clock), so a report over {@code limit} requests
 * (4 million by default: some 32 MB) is refused rather than risk the service's memory.
 */
public class MeasuringSla {

    private final SlaRecords records;
    private final RequestTypeCatalogue types;
    private final Clock clock;
    private final int limit;

    public MeasuringSla(SlaRecords records, RequestTypeCatalogue types, Clock clock, int limit) {
        this.records = records;
        this.types = types;
        this.clock = clock;
        this.limit = limit;
    }

    /** @throws TooManyToMeasureException when the scope holds more than the limit */
    public SlaReport measure(SlaScope scope) {
        Instant now = clock.instant();
        Map<String, TypeTally> byType = new TreeMap<>();
        types.all().stream().map(RequestType::code)
                .filter(code -> scope.types().isEmpty() || scope.types().contains(code))
                .forEach(code -> byType.put(code, new TypeTally()));
        int[] read = {0};
        try (Stream<SlaSample> samples = records.submitted(scope)) {
            samples.forEach(sample -> {
                if (++read[0] > limit) {
                    throw new TooManyToMeasureException(limit);
                }
                byType.computeIfAbsent(sample.type(), code -> new TypeTally()).add(sample, now);
            });
        }
        return new SlaReport(now, byType.entrySet().stream()
                .map(entry -> entry.getValue().figures(entry.getKey(), types.current(entry.getKey())))
                .toList());
    }

    private static final class TypeTally {

        private final ClockTally initial = new ClockTally();
        private final ClockTally announced = new ClockTally();
        private int submitted;
        private int breaches;

        void add(SlaSample sample, Instant now) {
            submitted++;
            if (sample.breachedAsOf(now)) {
                breaches++;
            }
            if (sample.initialResultAt() != null) {
                initial.stopped(sample.submittedAt(), sample.initialResultAt(), sample.resultDueAt());
            } else if (sample.awaitingInitialResult() && sample.pastDue(now)) {
                initial.pendingPastTarget();
            }
            if (sample.resultAnnouncedAt() != null) {
                announced.stopped(sample.submittedAt(), sample.resultAnnouncedAt(), sample.resultDueAt());
            } else if (sample.awaitingAnnouncement() && sample.pastDue(now)) {
                announced.pendingPastTarget();
            }
        }

        TypeFigures figures(String code, Optional<RequestType> type) {
            return new TypeFigures(code, type.map(RequestType::nameFa).orElse(null),
                    type.map(RequestType::nameEn).orElse(null), type.map(RequestType::targetTime).orElse(null),
                    submitted, breaches, initial.figures(), announced.figures());
        }
    }

    /** The scope holds more requests than one report measures. */
    public static class TooManyToMeasureException extends RuntimeException {

        private final int limit;

        public TooManyToMeasureException(int limit) {
            super("more than " + limit + " requests in scope");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }
}
