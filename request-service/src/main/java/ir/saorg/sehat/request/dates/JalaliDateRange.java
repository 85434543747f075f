package ir.saorg.sehat.request.dates;

import java.time.Instant;

/**
 * Whole Tehran days from {@code first} to {@code last}, both included: the instants from midnight at the start of
 * {@code first} up to, not including, midnight at the end of {@code last}. Either end may be open (null).
 */
public record JalaliDateRange(JalaliDate first, JalaliDate last) {

    public JalaliDateRange {
        if (first != null && last != null && last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends before it starts: " + first + " to " + last);
        }
    }

    /** The first instant in the range; null when it has no first day. */
    public Instant start() {
        return first == null ? null : first.start();
    }

    /** The first instant after the range; null when it has no last day. */
    public Instant end() {
        return last == null ? null : last.plusDays(1).start();
    }

    /** Whether it spans more than one Jalali year: its last day is on or after the first day's anniversary. */
    public boolean longerThanAYear() {
        return first != null && last != null && !last.isBefore(first.plusYears(1));
    }
}
