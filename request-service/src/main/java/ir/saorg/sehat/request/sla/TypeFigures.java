package ir.saorg.sehat.request.sla;

import java.time.Duration;

/**
 * The agreement's figures for one request type over the requests submitted in a range.
 *
 * @param target          the type's current target time; each request is measured against its own due time, which
 *                        the type version it was submitted under set; null for a type no longer in the catalogue
 * @param submitted       requests submitted in the range
 * @param breaches        those that breached ({@link SlaSample#breachedAsOf})
 * @param initialResult   the clock from submission to the initial result (code issued, or rejected)
 * @param announcedResult the clock from submission to the moment the result reached the staff member
 */
public record TypeFigures(String type, String nameFa, String nameEn, Duration target, int submitted, int breaches,
                          ClockFigures initialResult, ClockFigures announcedResult) {
}
