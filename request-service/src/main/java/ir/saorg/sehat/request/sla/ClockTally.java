package ir.saorg.sehat.request.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Counts one clock over many requests; keeps every stopped duration (4 bytes each) for exact percentiles. */
final class ClockTally {

    private int[] seconds = new int[16];
    private int stopped;
    private long sum;
    private int withinTarget;
    private int pendingPastTarget;

    void stopped(Instant start, Instant stop, Instant due) {
        long whole = Duration.between(start, stop).getSeconds();
        int value = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, whole));
        if (stopped == seconds.length) {
            seconds = Arrays.copyOf(seconds, seconds.length * 2);
        }
        seconds[stopped++] = value;
        sum += value;
        if (due == null || !stop.isAfter(due)) {
            withinTarget++;
        }
    }

    void pendingPastTarget() {
        pendingPastTarget++;
    }

    ClockFigures figures() {
        if (stopped == 0) {
            return new ClockFigures(0, null, null, null, 0, 0, pendingPastTarget);
        }
        int[] sorted = Arrays.copyOf(seconds, stopped);
        Arrays.sort(sorted);
        long mean = Math.floorDiv(2 * sum + stopped, 2L * stopped);
        return new ClockFigures(stopped, Duration.ofSeconds(mean),
                Duration.ofSeconds(NearestRank.percentile(sorted, stopped, 50)),
                Duration.ofSeconds(NearestRank.percentile(sorted, stopped, 90)),
                withinTarget, stopped - withinTarget, pendingPastTarget);
    }
}
