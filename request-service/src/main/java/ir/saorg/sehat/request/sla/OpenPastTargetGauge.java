package ir.saorg.sehat.request.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sehat.request.open_past_target{type}}: open requests without an initial result past their due time, as of
 * the last {@link #refresh()} (the breach job refreshes it), so that a scrape never queries the store. Every type in
 * the catalogue has a row, 0 when none is late.
 */
public class OpenPastTargetGauge {

    static final String NAME = "sehat.request.open_past_target";
    static final String TARGET = "sehat.request.target_time";

    private final SlaRecords records;
    private final RequestTypeCatalogue types;
    private final Clock clock;
    private final MultiGauge gauge;
    private final MultiGauge targets;
    private final MeterRegistry meters;

    public OpenPastTargetGauge(SlaRecords records, RequestTypeCatalogue types, Clock clock, MeterRegistry meters) {
        this.records = records;
        this.types = types;
        this.clock = clock;
        this.meters = meters;
        this.gauge = MultiGauge.builder(NAME)
                .description("open requests without an initial result past their target time").register(meters);
        this.targets = MultiGauge.builder(TARGET).baseUnit("seconds")
                .description("each type's target time to the initial result").register(meters);
    }

    public void refresh() {
        Map<String, Long> counts = new TreeMap<>();
        types.all().stream().map(RequestType::code).forEach(code -> counts.put(code, 0L));
        counts.putAll(records.openPastDueByType(clock.instant()));
        // The breach counter of every type exists from the first run, at zero, so that dashboards and alerts see
        // the first breach as an increase.
        counts.keySet().forEach(type -> meters.counter(DetectingBreaches.BREACHES, "type", type));
        targets.register(types.all().stream().map(type -> MultiGauge.Row.of(Tags.of("type", type.code()),
                type.targetTime().toSeconds())).toList(), true);
        gauge.register(counts.entrySet().stream()
                .map(entry -> MultiGauge.Row.of(Tags.of("type", entry.getKey()), entry.getValue())).toList(), true);
    }
}
