package ir.saorg.sehat.request.lifecycle;

import java.time.Instant;

/**
 * One line of a request's history.
 *
 * @param what    what happened: a status entered, or a fact such as {@code RESULT_ANNOUNCED}
 * @param at      when it happened
 * @param by      who or what made it happen: the staff member or operator, or the service whose event caused it
 * @param eventId the id of the event that caused it, so a repeated event is recognised; null for people's actions
 * @param note    what the person wrote (a rejection's or cancellation's reason), or a failure's reason; may be null
 */
public record TimelineEntry(String what, Instant at, String by, String eventId, String note) {

    public TimelineEntry(String what, Instant at, String by, String eventId) {
        this(what, at, by, eventId, null);
    }
}
