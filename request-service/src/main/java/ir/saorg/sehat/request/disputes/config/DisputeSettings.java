package ir.saorg.sehat.request.disputes.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Settings of disputes, under {@code sehat.request.disputes} (the deadline job reads its own
 * {@code deadline-check}).
 *
 * @param negotiationPeriod how long a dispute is negotiated before the organization's decision is final (ISO-8601:
 *                          {@code P1M} is one Jalali month, Tehran time; {@code P30D} thirty days)
 */
@ConfigurationProperties("sehat.request.disputes")
record DisputeSettings(@DefaultValue("P1M") Period negotiationPeriod) {
}
