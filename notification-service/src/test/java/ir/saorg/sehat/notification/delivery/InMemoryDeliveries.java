package ir.saorg.sehat.notification.delivery;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Deliveries in memory with the store's rules (insert if absent, conditional claims), and the events they wrote. */
public class InMemoryDeliveries implements Deliveries {

    private final Map<String, Delivery> byId = new LinkedHashMap<>();
    public final List<IntegrationEvent> events = new ArrayList<>();

    @Override
    public synchronized List<Delivery> insertNew(List<Delivery> deliveries) {
        List<Delivery> inserted = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (byId.putIfAbsent(delivery.id(), delivery) == null) {
                inserted.add(delivery);
            }
        }
        return inserted;
    }

    private static boolean due(Delivery d, Instant now) {
        return switch (d.state()) {
            case PENDING, FAILED -> !d.nextAttemptAt().isAfter(now);
            case SENDING -> d.leaseUntil().isBefore(now);
            default -> false;
        };
    }

    @Override
    public synchronized List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        String token = "claim:" + UUID.randomUUID();
        List<Delivery> claimed = byId.values().stream().filter(d -> due(d, now))
                .sorted(Comparator.comparing(Delivery::nextAttemptAt)).limit(limit)
                .map(d -> d.claimed(token, now.plus(lease))).toList();
        claimed.forEach(d -> byId.put(d.id(), d));
        return claimed;
    }

    private boolean holds(Delivery claimed) {
        Delivery current = byId.get(claimed.id());
        return current != null && current.state() == DeliveryState.SENDING
                && claimed.leaseToken().equals(current.leaseToken());
    }

    private void put(Delivery d, DeliveryState state, int attempts, Instant next, Instant sentAt, String reference,
                     String error) {
        byId.put(d.id(), new Delivery(d.id(), d.eventId(), d.eventType(), d.requestId(), d.subject(), d.channel(),
                d.recipient(), d.address(), d.content(), d.announces(), state, attempts, d.createdAt(), next, null,
                null, sentAt, reference, error));
    }

    @Override
    public synchronized boolean recordSent(Delivery claimed, Instant at, String reference,
                                           List<IntegrationEvent> events) {
        if (!holds(claimed)) {
            return false;
        }
        put(claimed, DeliveryState.SENT, claimed.attempts() + 1, null, at, reference, claimed.lastError());
        this.events.addAll(events);
        return true;
    }

    @Override
    public synchronized boolean recordFailed(Delivery claimed, Instant nextAttemptAt, String error) {
        if (!holds(claimed)) {
            return false;
        }
        put(claimed, DeliveryState.FAILED, claimed.attempts() + 1, nextAttemptAt, null, null, error);
        return true;
    }

    @Override
    public synchronized boolean recordGivenUp(Delivery claimed, Instant at, String error,
                                              List<IntegrationEvent> events) {
        if (!holds(claimed)) {
            return false;
        }
        put(claimed, DeliveryState.GIVEN_UP, claimed.attempts() + 1, null, null, null, error);
        this.events.addAll(events);
        return true;
    }

    @Override
    public synchronized boolean release(Delivery claimed, Instant nextAttemptAt) {
        if (!holds(claimed)) {
            return false;
        }
        put(claimed, DeliveryState.PENDING, claimed.attempts(), nextAttemptAt, null, null, claimed.lastError());
        return true;
    }

    @Override
    public synchronized Optional<Delivery> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Delivery> forRequest(String requestId) {
        return byId.values().stream().filter(d -> d.requestId().equals(requestId)).toList();
    }

    @Override
    public synchronized List<Delivery> forRecipient(String recipient, Instant since, DeliveryState state, int limit) {
        return byId.values().stream().filter(d -> d.recipient().equals(recipient) && !d.createdAt().isBefore(since)
                && (state == null || d.state() == state)).limit(limit).toList();
    }

    @Override
    public synchronized List<Delivery> givenUp(Channel channel, int limit) {
        return byId.values().stream().filter(d -> d.state() == DeliveryState.GIVEN_UP && d.channel() == channel)
                .limit(limit).toList();
    }
}
