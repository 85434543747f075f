package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.DeliveryState;
import ir.saorg.sehat.notification.delivery.Dispatching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscriber asks for everything it was sent (or should have been) since a moment again, e.g. after losing data.
 * Each redelivery is a new delivery with its own id, derived from the original's and the redelivery request's, with
 * the same body: receivers recognise the event by its CloudEvents id.
 */
public class Redelivering {

    static final String COPY_OF = "redelivery-of:";

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Dispatching dispatching;
    private final Clock clock;
    private final Duration furthestBack;
    private final int maxPerRequest;

    public Redelivering(Subscriptions subscriptions, Deliveries deliveries, Dispatching dispatching, Clock clock,
                        Duration furthestBack, int maxPerRequest) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatching = dispatching;
        this.clock = clock;
        this.furthestBack = furthestBack;
        this.maxPerRequest = maxPerRequest;
    }

    /** What was asked again. {@code more} says there were more than one request may redeliver. */
    public record Redelivery(String id, int count, boolean more, Instant since) {
    }

    /** Thrown for a subscription that does not exist or no longer receives anything. */
    public static class NoSuchSubscriptionException extends RuntimeException {
        NoSuchSubscriptionException(String id) {
            super(id);
        }
    }

    /** {@code since} is older than deliveries are kept for redelivery. */
    public static class TooFarBackException extends RuntimeException {

        private final Instant earliest;

        TooFarBackException(Instant earliest) {
            super("earliest " + earliest);
            this.earliest = earliest;
        }

        public Instant earliest() {
            return earliest;
        }
    }

    public Redelivery redeliver(String subscriptionId, Instant since) {
        return redeliver(subscriptionId, since, UUID.randomUUID().toString());
    }

    /**
     * Redelivers under a given redelivery id: the same id twice (a replayed request) finds the copies it made the
     * first time and sends nothing again.
     */
    public Redelivery redeliver(String subscriptionId, Instant since, String redeliveryId) {
        Subscription subscription = subscriptions.find(subscriptionId).filter(Subscription::active)
                .orElseThrow(() -> new NoSuchSubscriptionException(subscriptionId));
        Instant now = clock.instant();
        Instant earliest = now.minus(furthestBack);
        if (since.isBefore(earliest)) {
            throw new TooFarBackException(earliest);
        }
        List<Delivery> originals = deliveries.forRecipient(subscription.id(), since, null, maxPerRequest + 1).stream()
                .filter(d -> !isCopy(d))
                .toList();
        boolean more = originals.size() > maxPerRequest;
        Dispatching.Claim claim = dispatching.newClaim();
        List<Delivery> copies = originals.stream().limit(maxPerRequest)
                .map(original -> Delivery.claimedOnCreation(Delivery.idFor(original.id(), "redelivery", redeliveryId),
                        original.eventId(), original.eventType(), original.requestId(), original.subject(),
                        original.channel(), original.recipient(), subscription.url(),
                        new Content(COPY_OF + original.id(), null, original.content().text()), false,
                        claim.now(), claim.token(), claim.until()))
                .toList();
        List<Delivery> inserted = deliveries.insertNew(copies);
        dispatching.sendClaimed(inserted);
        return new Redelivery(redeliveryId, inserted.size(), more, since);
    }

    /** Whether a delivery is itself a redelivery (only originals are redelivered). */
    static boolean isCopy(Delivery delivery) {
        return delivery.content() != null && delivery.content().title() != null
                && delivery.content().title().startsWith(COPY_OF);
    }

    /** The subscription's deliveries in one state (GIVEN_UP: its dead letters), oldest first. */
    public List<Delivery> deliveries(String subscriptionId, Instant since, DeliveryState state, int limit) {
        return deliveries.forRecipient(subscriptionId, since, state, limit);
    }
}
