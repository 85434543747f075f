package ir.saorg.sehat.notification.announcing.messaging;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.announcing.Announcement;
import ir.saorg.sehat.notification.announcing.Announcements;
import ir.saorg.sehat.notification.announcing.Announcing;
import ir.saorg.sehat.notification.recipients.RememberingSubmitter;
import ir.saorg.sehat.notification.webhooks.FanningOut;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Connects notification-service to the request, payment and code topics: each event it reports is announced to
 * people and fanned out to the webhook subscribers that want its type; RequestSubmitted tells who the submitter is.
 * Every handler is safe to run again for the same event.
 */
@Configuration(proxyBeanMethods = false)
class EventMessaging {

    @Bean
    EventHandlers eventHandlers(Announcing announcing, Announcements announcements, RememberingSubmitter submitters,
                                FanningOut webhooks) {
        var handlers = EventHandlers.builder()
                .on(EventTypes.REQUEST_SUBMITTED, submitters::onRequestSubmitted);
        announce(handlers, EventTypes.PAYMENT_REQUESTED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.CODE_ISSUED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.REQUEST_REJECTED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.REQUEST_CANCELLED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.PAYMENT_FAILED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.PAYMENT_EXPIRED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.PAYMENT_REFUNDED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.CODE_ISSUE_FAILED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.DISPUTE_OPENED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.DISPUTE_ANSWERED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.DISPUTE_CLOSED, announcements::of, announcing, webhooks);
        announce(handlers, EventTypes.SLA_BREACHED, announcements::of, announcing, webhooks);
        for (EventType<?> type : FanningOut.ONLY_FOR_SUBSCRIBERS) {
            fanOutOnly(handlers, type, webhooks);
        }
        return handlers.build();
    }

    private static <E extends IntegrationEvent> void announce(EventHandlers.Builder handlers, EventType<E> type,
                                                              Function<E, Announcement> translation,
                                                              Announcing announcing, FanningOut webhooks) {
        handlers.on(type, event -> {
            announcing.announce(translation.apply(event));
            webhooks.fanOut(type, event);
        });
    }

    private static <E extends IntegrationEvent> void fanOutOnly(EventHandlers.Builder handlers, EventType<E> type,
                                                                FanningOut webhooks) {
        handlers.on(type, event -> webhooks.fanOut(type, event));
    }

    @Bean
    Consumer<Message<byte[]>> requestEvents(InboundEvents inbound) {
        return inbound::accept;
    }

    @Bean
    Consumer<Message<byte[]>> paymentEvents(InboundEvents inbound) {
        return inbound::accept;
    }

    @Bean
    Consumer<Message<byte[]>> codeEvents(InboundEvents inbound) {
        return inbound::accept;
    }
}
