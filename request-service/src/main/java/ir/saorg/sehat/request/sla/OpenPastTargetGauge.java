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

    private final SlaRecords records;
    private final RequestTypeCatalogue types;
    private final Clock clock;
    private final MultiGauge gauge;

    public OpenPastTargetGauge(SlaRecords records, RequestTypeCatalogue types, Clock clock, MeterRegistry meters) {
        this.records = records;
        this.types = types;
        this.clock = clock;
        this.gauge = MultiGauge.builder(NAME)
                .description("open requests without an initial result past their target time").register(meters);
    }

    public void refresh() {
        Map<String, Long> counts = new TreeMap<>();
        types.all().stream().map(RequestType::code).forEach(code -> counts.put(code, 0L));
        counts.putAll(records.openPastDueByType(clock.instant()));
        gauge.register(counts.entrySet().stream()
                .map(entry -> MultiGauge.Row.of(Tags.of("type", entry.getKey()), entry.getValue())).toList(), true);
    }
}
