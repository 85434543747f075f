package ir.saorg.sehat.request.sla;

import java.time.Duration;

/**
 * One of the agreement's clocks over the requests of a type: from submission to the initial result, or to its
 * announcement. Durations are whole seconds (milliseconds dropped); mean, p50 and p90 are null when no clock
 * stopped.
 *
 * @param stopped           how many requests' clocks stopped (got the result)
 * @param mean              the mean, rounded to the nearest second (halves up)
 * @param p50               the median, by nearest rank ({@link NearestRank})
 * @param p90               the 90th percentile, by nearest rank
 * @param withinTarget      stopped at or before their due time
 * @param late              stopped after their due time
 * @param pendingPastTarget not stopped yet, and past their due time
 */
public record ClockFigures(int stopped, Duration mean, Duration p50, Duration p90, int withinTarget, int late,
                           int pendingPastTarget) {

    /** {@code withinTarget / stopped}; null when none stopped. */
    public Double shareWithinTarget() {
        return stopped == 0 ? null : (double) withinTarget / stopped;
    }
}
