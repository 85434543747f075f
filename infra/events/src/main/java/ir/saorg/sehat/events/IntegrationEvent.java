package ir.saorg.sehat.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one service publishes on its Kafka topic for others to react to.
 *
 * <p>Every integration event names the request it belongs to: topics are keyed by {@link #requestId()}, so all events
 * of one request arrive in order. {@link #eventId()} is unique per fact and stays the same when the fact is
 * published again (outbox retries), which lets consumers recognise a repeat.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    UUID requestId();
}
