package ir.saorg.sehat.request.sla;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.types.SeededTypeCatalogue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The metric names and shapes Prometheus scrapes. */
class SlaMetricsTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Test
    void timesTheInitialResultPerTypeWithABucketAtTheTargetTime() {
        var timer = new InitialResultTimer(prometheus);

        timer.initialResult(request(Duration.ofHours(20)));
        timer.initialResult(request(Duration.ofHours(50)));
        timer.initialResult(new Request(UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE", 1, "ut", "staff.ut",
                Map.of(), RequestStatus.APPROVED, NOW, NOW.plus(Duration.ofDays(2)), null, null, null, null, null,
                null, null, null, null, null, null, List.of()));

        String scraped = prometheus.scrape();
        assertThat(scraped)
                .contains("sehat_request_initial_result_seconds_count{type=\"ENROLMENT_CERTIFICATE\"} 2")
                .contains("sehat_request_initial_result_seconds_sum{type=\"ENROLMENT_CERTIFICATE\"} 252000")
                .as("the share within target is bucket{le=172800} / count")
                .containsPattern("sehat_request_initial_result_seconds_bucket\\{type=\"ENROLMENT_CERTIFICATE\","
                        + "le=\"172800\\.0\"} 1")
                .containsPattern("sehat_request_initial_result_seconds_bucket\\{type=\"ENROLMENT_CERTIFICATE\","
                        + "le=\"\\+Inf\"} 2");
    }

    @Test
    void countsBreachesAndShowsOpenRequestsPastTargetPerType() {
        var records = new InMemorySlaRecords();
        var clock = new MutableClock(NOW);
        records.add(new SlaSample(UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE", "ut", RequestStatus.APPROVED,
                NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)), null, null, null));
        var gauge = new OpenPastTargetGauge(records, new SeededTypeCatalogue(), clock, prometheus);

        new DetectingBreaches(records, prometheus, clock, Duration.ofDays(7)).detect();
        gauge.refresh();

        assertThat(prometheus.scrape())
                .contains("sehat_request_sla_breaches_total{type=\"ENROLMENT_CERTIFICATE\"} 1")
                .contains("sehat_request_open_past_target{type=\"ENROLMENT_CERTIFICATE\"} 1")
                .contains("sehat_request_open_past_target{type=\"FOREIGN_DEGREE_EVALUATION\"} 0");
    }

    private static Request request(Duration toResult) {
        Instant submitted = NOW.minus(toResult);
        return new Request(UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE", 1, "ut", "staff.ut", Map.of(),
                RequestStatus.CODE_ISSUED, submitted, submitted.plus(Duration.ofDays(2)), null, null, null, null, NOW,
                null, null, null, null, null, null, List.of());
    }
}
