package ir.saorg.sehat.console.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.console.deadletters.DeadLetterDesk;
import ir.saorg.sehat.console.deadletters.DeadLetterDesk.TopicSummary;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;

import java.util.Comparator;
import java.util.List;

/**
 * Puts together this service's summary from what it already knows: the actuator's health, the outbox gauges
 * ({@code sehat.outbox.pending}, {@code sehat.outbox.oldest_pending_age}) and the dead-letter topics' counts.
 */
public class SummarisingService {

    private final String service;
    private final HealthEndpoint health;
    private final MeterRegistry meters;
    private final DeadLetterDesk deadLetters;

    public SummarisingService(String service, HealthEndpoint health, MeterRegistry meters, DeadLetterDesk deadLetters) {
        this.service = service;
        this.health = health;
        this.meters = meters;
        this.deadLetters = deadLetters;
    }

    public String service() {
        return service;
    }

    public ServiceSummary summary() {
        HealthDescriptor overall = health == null ? null : health.health();
        String status = overall == null ? "UNKNOWN" : overall.getStatus().getCode();
        List<String> notUp = overall instanceof CompositeHealthDescriptor composite
                ? composite.getComponents().entrySet().stream()
                .filter(component -> !"UP".equals(component.getValue().getStatus().getCode()))
                .map(component -> component.getKey() + " " + component.getValue().getStatus().getCode())
                .sorted().toList()
                : List.of();
        List<ServiceSummary.Outbox> outboxes = meters.find("sehat.outbox.pending").gauges().stream()
                .map(gauge -> gauge.getId().getTag("collection"))
                .sorted(Comparator.naturalOrder())
                .map(collection -> new ServiceSummary.Outbox(collection,
                        (long) value("sehat.outbox.pending", collection),
                        (long) value("sehat.outbox.oldest_pending_age", collection)))
                .toList();
        List<TopicSummary> dead;
        String unreadable = null;
        try {
            dead = deadLetters.summary();
        } catch (RuntimeException e) {
            dead = List.of();
            unreadable = e.getMessage();
        }
        return new ServiceSummary(service, status, notUp, outboxes, dead, unreadable);
    }

    private double value(String name, String collection) {
        Gauge gauge = meters.find(name).tag("collection", collection).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
