package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.Dispatching;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends each event of a subscribable type to every active subscription that wants it: one delivery per (event,
 * subscription), recorded (and claimed) before it is sent, so a repeated event sends nothing twice.
 */
public class FanningOut {

    /** Types fanned out to subscribers that announce nothing to people. */
    public static final List<EventType<?>> ONLY_FOR_SUBSCRIBERS = List.of(EventTypes.CODE_EXPIRED,
            EventTypes.CODE_REVOKED, EventTypes.CODE_VALIDITY_EXTENDED);

    private final ActiveSubscriptions subscriptions;
    private final Deliveries deliveries;
    private final Dispatching dispatching;

    public FanningOut(ActiveSubscriptions subscriptions, Deliveries deliveries, Dispatching dispatching) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatching = dispatching;
    }

    public void fanOut(EventType<?> type, IntegrationEvent event) {
        if (!WebhookEventTypes.NAMES.contains(type.name())) {
            return;
        }
        List<Subscription> wanting = subscriptions.wanting(type.name());
        if (wanting.isEmpty()) {
            return;
        }
        Content content = new Content(type.name(), null, CloudEventBody.of(type, event));
        Dispatching.Claim claim = dispatching.newClaim();
        List<Delivery> batch = new ArrayList<>(wanting.size());
        for (Subscription subscription : wanting) {
            batch.add(Delivery.claimedOnCreation(Delivery.idFor(event.eventId(), Channel.WEBHOOK, subscription.id()),
                    event.eventId().toString(), type.name(), event.requestId().toString(), type.name(),
                    Channel.WEBHOOK, subscription.id(), subscription.url(), content, false, claim.now(), claim.token(),
                    claim.until()));
        }
        dispatching.sendClaimed(deliveries.insertNew(batch));
    }
}
