package ir.saorg.sehat.console.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live charts' data: records per second into each topic and each group's total lag, over the last
 * {@value #KEPT} samples. A sample is taken when the charts ask and the last one is at least {@code every} old, so
 * nothing polls the broker while no administrator is looking; the rate is the change in a topic's end offsets over
 * the time between two samples. Dead-letter topics are left out of the rates (their count is on the page).
 */
public class ThroughputSeries {

    static final int KEPT = 60;

    private final Supplier<List<TopicView>> topics;
    private final Clock clock;
    private final Duration every;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public ThroughputSeries(Supplier<List<TopicView>> topics, Clock clock, Duration every) {
        this.topics = topics;
        this.clock = clock;
        this.every = every;
    }

    private record Sample(Instant at, Map<String, Long> records, Map<String, Long> lags) {
    }

    /**
     * @param times    when each point was taken
     * @param rates    per topic, records per second between a sample and the one before it
     * @param lags     per consumer group, its lag summed over every topic it reads, at each sample
     */
    public record Series(List<Instant> times, Map<String, List<Double>> rates, Map<String, List<Long>> lags) {
    }

    public synchronized Series now() {
        Instant now = clock.instant();
        if (samples.isEmpty() || !now.isBefore(samples.getLast().at().plus(every))) {
            take(now);
        }
        List<Sample> kept = new ArrayList<>(samples);
        List<Instant> times = new ArrayList<>();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Long>> lags = new LinkedHashMap<>();
        for (int i = 1; i < kept.size(); i++) {
            Sample before = kept.get(i - 1);
            Sample sample = kept.get(i);
            double seconds = Math.max(0.001, Duration.between(before.at(), sample.at()).toMillis() / 1000.0);
            times.add(sample.at());
            int point = times.size() - 1;
            sample.records().forEach((topic, count) -> {
                long earlier = before.records().getOrDefault(topic, count);
                pad(rates.computeIfAbsent(topic, t -> new ArrayList<>()), point, 0.0)
                        .add(Math.max(0, count - earlier) / seconds);
            });
            sample.lags().forEach((group, lag) ->
                    pad(lags.computeIfAbsent(group, g -> new ArrayList<>()), point, 0L).add(lag));
        }
        return new Series(times, rates, lags);
    }

    private void take(Instant now) {
        Map<String, Long> records = new LinkedHashMap<>();
        Map<String, Long> lags = new LinkedHashMap<>();
        for (TopicView topic : topics.get()) {
            if (topic.deadLetters()) {
                continue;
            }
            records.put(topic.name(), topic.records());
            topic.groups().forEach(group -> lags.merge(group.group(), group.total(), Long::sum));
        }
        samples.addLast(new Sample(now, records, lags));
        while (samples.size() > KEPT) {
            samples.removeFirst();
        }
    }

    private static <T> List<T> pad(List<T> points, int size, T filler) {
        while (points.size() < size) {
            points.add(filler);
        }
        return points;
    }
}
