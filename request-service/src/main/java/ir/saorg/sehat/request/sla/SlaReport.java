package ir.saorg.sehat.request.sla;

import java.time.Instant;
import java.util.List;

/**
 * The agreement's figures per type over the requests submitted in a range.
 *
 * @param asOf  the moment "past target" and "still waiting" were judged at
 * @param types one entry per type: every type asked for (all in the catalogue when none was named), plus any other
 *              type that has requests in the range
 */
public record SlaReport(Instant asOf, List<TypeFigures> types) {

    public SlaReport {
        types = List.copyOf(types);
    }
}
