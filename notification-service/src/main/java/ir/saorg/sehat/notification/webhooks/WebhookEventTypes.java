package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.EventTypes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event types a subscriber may ask for: those meant for systems outside Sehat (codes with masked personal data,
 * and outcomes of requests). Internal steps (submissions, approvals with the holder's national ID, pay links) are not
 * offered.
 */
public final class WebhookEventTypes {

    public static final List<EventType<?>> SUBSCRIBABLE = List.of(EventTypes.CODE_ISSUED, EventTypes.CODE_EXPIRED,
            EventTypes.CODE_REVOKED, EventTypes.CODE_VALIDITY_EXTENDED, EventTypes.CODE_ISSUE_FAILED,
            EventTypes.REQUEST_REJECTED, EventTypes.REQUEST_CANCELLED, EventTypes.SLA_BREACHED,
            EventTypes.DISPUTE_OPENED, EventTypes.DISPUTE_ANSWERED, EventTypes.DISPUTE_CLOSED,
            EventTypes.PAYMENT_REFUNDED);

    public static final Set<String> NAMES = SUBSCRIBABLE.stream().map(EventType::name)
            .collect(Collectors.toUnmodifiableSet());

    private WebhookEventTypes() {
    }
}
