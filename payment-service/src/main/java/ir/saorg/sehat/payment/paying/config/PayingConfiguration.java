package ir.saorg.sehat.payment.paying.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.paying.Payments;
import ir.saorg.sehat.payment.paying.RequestingPayment;
import ir.saorg.sehat.payment.paying.SettlingPayment;
import ir.saorg.sehat.payment.paying.persistence.MongoPayments;
import ir.saorg.sehat.payment.reconciling.Mismatches;
import ir.saorg.sehat.payment.reconciling.ReconcilingPayments;
import ir.saorg.sehat.payment.refunding.RefundingPayment;
import ir.saorg.sehat.payment.tariff.Tariffs;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The payment use cases and what they need. */
@Configuration
class PayingConfiguration {

    @Bean
    Clock paymentClock() {
        return Clock.systemUTC();
    }

    @Bean
    RequestingPayment requestingPayment(Tariffs tariffs, Payments payments, PaymentGateway gateway,
                                        PayingProperties settings, Clock clock, MeterRegistry meters) {
        return new RequestingPayment(tariffs, payments, gateway, settings.terms(), clock, meters);
    }

    @Bean
    SettlingPayment settlingPayment(Payments payments, PaymentGateway gateway, PayingProperties settings, Clock clock,
                                    MeterRegistry meters) {
        return new SettlingPayment(payments, gateway, settings.terms(), clock, meters);
    }

    @Bean
    RefundingPayment refundingPayment(Payments payments, PaymentGateway gateway, PayingProperties settings,
                                      Clock clock, MeterRegistry meters) {
        return new RefundingPayment(payments, gateway, settings.terms(), clock, meters);
    }

    @Bean
    ReconcilingPayments reconcilingPayments(Payments payments, PaymentGateway gateway, Mismatches mismatches,
                                            Clock clock, MeterRegistry meters) {
        return new ReconcilingPayments(payments, gateway, mismatches, clock, meters);
    }

    @Bean
    OutboxCollection paymentsOutbox() {
        return new OutboxCollection(MongoPayments.COLLECTION);
    }

    @Bean
    Gauge paymentsWaitingForGateway(MeterRegistry meters, MongoTemplate mongo) {
        return Gauge.builder("sehat.payments.waiting.for.gateway", () -> mongo.count(
                        new Query(where("status").is("WAITING_FOR_GATEWAY")), MongoPayments.COLLECTION))
                .description("payments that cannot be opened because the gateway is unavailable")
                .register(meters);
    }
}
