package ir.saorg.sehat.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings every service shares, under {@code sehat.platform}.
 *
 * @param topic               the topic this service publishes to, e.g. {@code sehat.code.events}
 * @param partitions          partitions of that topic when this service creates it
 * @param replicas            its replication factor (1 on the local single broker; 3 in production)
 * @param relayPollInterval   how often the outbox relay looks for events left behind without being woken
 * @param relayBatchSize      how many documents the relay reads at a time
 * @param publishTimeout      how long the relay waits for the broker's acknowledgement of one event
 * @param maxJsonBody         the largest JSON request body a service reads
 * @param backlogCheckInterval how often the outbox backlog gauges (pending events, age of the oldest) are refreshed
 */
@ConfigurationProperties("sehat.platform")
public record PlatformProperties(String topic, int partitions, short replicas, Duration relayPollInterval,
                                 int relayBatchSize, Duration publishTimeout, DataSize maxJsonBody,
                                 Duration backlogCheckInterval) {
}
