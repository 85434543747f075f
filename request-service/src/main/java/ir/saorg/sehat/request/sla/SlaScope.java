package ir.saorg.sehat.request.sla;

import java.time.Instant;
import java.util.Set;

/**
 * Which requests a report covers: those submitted from {@code start} (included) to {@code end} (excluded), of one
 * university or all (null), of the named types or all (empty).
 */
public record SlaScope(Instant start, Instant end, String university, Set<String> types) {

    public SlaScope {
        types = Set.copyOf(types);
    }
}
