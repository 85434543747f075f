package ir.saorg.sehat.request.lifecycle.messaging;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import ir.saorg.sehat.request.lifecycle.LifecycleObserver;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.function.Consumer;

/** Connects the lifecycle to Kafka: which facts of other services move a request on, and where its events wait. */
@Configuration
class RequestMessaging {

    @Bean
    RequestLifecycle requestLifecycle(Requests requests, RequestTypeCatalogue types, ObjectProvider<Clock> clock,
                                      ObjectProvider<LifecycleObserver> observers) {
        return new RequestLifecycle(requests, types, clock.getIfUnique(Clock::systemUTC),
                observers.orderedStream().toList());
    }

    @Bean
    OutboxCollection requestsOutbox() {
        return new OutboxCollection("requests");
    }

    @Bean
    EventHandlers eventHandlers(RequestLifecycle lifecycle) {
        return EventHandlers.builder()
                .on(EventTypes.PAYMENT_WAIVED, lifecycle::onPaymentWaived)
                .on(EventTypes.PAYMENT_REQUESTED, lifecycle::onPaymentRequested)
                .on(EventTypes.PAYMENT_SETTLED, lifecycle::onPaymentSettled)
                .on(EventTypes.PAYMENT_FAILED, lifecycle::onPaymentFailed)
                .on(EventTypes.PAYMENT_EXPIRED, lifecycle::onPaymentExpired)
                .on(EventTypes.PAYMENT_REFUNDED, lifecycle::onPaymentRefunded)
                .on(EventTypes.CODE_ISSUED, lifecycle::onCodeIssued)
                .on(EventTypes.CODE_ISSUE_FAILED, lifecycle::onCodeIssueFailed)
                .on(EventTypes.NOTIFICATION_DELIVERED, lifecycle::onNotificationDelivered)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> paymentEvents(InboundEvents inbound) {
        return inbound::accept;
    }

    @Bean
    Consumer<Message<byte[]>> codeEvents(InboundEvents inbound) {
        return inbound::accept;
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(InboundEvents inbound) {
        return inbound::accept;
    }
}
