package ir.saorg.sehat.console.cluster;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputSeriesTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final List<List<TopicView>> answers = new ArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();

    private final ThroughputSeries series = new ThroughputSeries(() -> answers.get(asked.getAndIncrement()),
            new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, Duration.ofSeconds(4));

    @Test
    void ratesAreTheChangeOfEndOffsetsOverTimeAndLagsAreSummedPerGroup() {
        answers.add(cluster(100, 10, 2));
        answers.add(cluster(150, 20, 0));
        answers.add(cluster(150, 20, 5));

        assertThat(series.now().times()).isEmpty();
        now = now.plusSeconds(1);
        assertThat(series.now().times()).as("a second ask within 4 s takes no sample").isEmpty();
        now = now.plusSeconds(4);
        var second = series.now();
        assertThat(second.times()).containsExactly(now);
        assertThat(second.rates().get("sehat.request.events")).containsExactly(10.0);
        assertThat(second.rates()).doesNotContainKey("sehat.request.events.code-service.dlt");
        assertThat(second.lags().get("code-service")).containsExactly(0L);
        now = now.plusSeconds(10);
        var third = series.now();
        assertThat(third.rates().get("sehat.request.events")).containsExactly(10.0, 0.0);
        assertThat(third.lags().get("code-service")).containsExactly(0L, 5L);
        assertThat(asked).hasValue(3);
    }

    private static List<TopicView> cluster(long requests, long dead, long lag) {
        return List.of(new TopicView("sehat.request.events", List.of(requests / 2, requests - requests / 2),
                        List.of(new TopicView.GroupLag("code-service", java.util.Arrays.asList(lag, 0L)))),
                new TopicView("sehat.request.events.code-service.dlt", List.of(dead), List.of()));
    }
}
