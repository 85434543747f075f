package ir.saorg.sehat.payment.paying.messaging;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.payment.paying.RequestingPayment;
import ir.saorg.sehat.payment.refunding.RefundingPayment;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Which request events move payments: a submission asks for one, a rejection after payment for a refund. */
@Configuration
class PaymentMessaging {

    @Bean
    EventHandlers eventHandlers(RequestingPayment requesting, RefundingPayment refunding) {
        return EventHandlers.builder()
                .on(EventTypes.REQUEST_SUBMITTED, requesting::onRequestSubmitted)
                .on(EventTypes.REFUND_REQUESTED, refunding::onRefundRequested)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> requestEvents(InboundEvents inbound) {
        return inbound::accept;
    }
}
