package ir.saorg.sehat.payment.deciding.messaging;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.payment.deciding.DecidingPayment;
import ir.saorg.sehat.payment.deciding.Payments;
import ir.saorg.sehat.payment.deciding.persistence.MongoPayments;
import ir.saorg.sehat.payment.tariff.Tariffs;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.function.Consumer;

/** Connects payment decisions to Kafka. */
@Configuration
class PaymentMessaging {

    @Bean
    DecidingPayment decidingPayment(Tariffs tariffs, Payments payments) {
        return new DecidingPayment(tariffs, payments, Clock.systemUTC());
    }

    @Bean
    OutboxCollection paymentsOutbox() {
        return new OutboxCollection(MongoPayments.COLLECTION);
    }

    @Bean
    EventHandlers eventHandlers(DecidingPayment deciding) {
        return EventHandlers.builder().on(EventTypes.REQUEST_SUBMITTED, deciding::onRequestSubmitted).build();
    }

    @Bean
    Consumer<Message<byte[]>> requestEvents(InboundEvents inbound) {
        return inbound::accept;
    }
}
