package ir.saorg.sehat.request.sla;

import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/** The requests as the agreement's clocks read them. Streams hold a cursor: close them. */
public interface SlaRecords {

    /** Requests in scope, read one by one. */
    Stream<SlaSample> submitted(SlaScope scope);

    /** Open requests without an initial result, due before {@code now}, not yet marked as breached. */
    Stream<SlaSample> unmarkedPastDue(Instant now);

    /** Requests due after {@code after} and at or before {@code upTo} that have an initial result, not yet marked. */
    Stream<SlaSample> resultedUnmarkedDueBetween(Instant after, Instant upTo);

    /**
     * Marks the request as breached at the entry's time, with the timeline entry and the event in the same write,
     * only while it is unmarked and still breached (no initial result yet, or a late one); false when it was not.
     */
    boolean markBreached(SlaSample request, TimelineEntry entry, SlaBreached event);

    /** How many open requests without an initial result are past their due time, by type. */
    Map<String, Long> openPastDueByType(Instant now);
}
