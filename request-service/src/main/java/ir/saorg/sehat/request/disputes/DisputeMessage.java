package ir.saorg.sehat.request.disputes;

import java.time.Instant;

/**
 * One message in a dispute's thread.
 *
 * @param by   who wrote it (the token's subject)
 * @param side which side of the dispute wrote it
 * @param text what they wrote, stripped
 * @param at   when
 */
public record DisputeMessage(String by, Side side, String text, Instant at) {

    /** The two sides of a dispute: the university's staff, and the organization's operators. */
    public enum Side {
        STAFF,
        OPERATOR
    }
}
