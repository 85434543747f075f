package ir.saorg.sehat.request.types;

import java.time.Instant;

/**
 * A period in which requests of a type are accepted: from {@code opensAt} (inclusive) to {@code closesAt}
 * (exclusive).
 */
public record CallWindow(Instant opensAt, Instant closesAt) {

    public boolean contains(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }
}
