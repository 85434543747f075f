package ir.saorg.sehat.request.sla.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code sehat.request.sla}: how the agreement is watched.
 *
 * @param checkInterval how often breaches are looked for (the job's delay between runs)
 * @param catchUp       how far back, on an instance's first run, late results never marked are looked for
 * @param reportLimit   the most requests one report measures
 */
@ConfigurationProperties("sehat.request.sla")
record SlaProperties(@DefaultValue("60s") Duration checkInterval, @DefaultValue("7d") Duration catchUp,
                     @DefaultValue("4000000") int reportLimit) {
}
