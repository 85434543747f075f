package ir.saorg.sehat.notification.delivery.config;

import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Dispatching;
import ir.saorg.sehat.notification.delivery.persistence.MongoDeliveries;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two delivery stores and their dispatchers: staff-facing e-mail and SMS (whose outcomes go to request-service
 * through the outbox) and webhooks (which announce nothing).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryConfiguration {

    public static final String STAFF = "staffDeliveries";
    public static final String WEBHOOKS = "webhookDeliveries";

    @Bean
    Clock notificationClock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxCollection deliveriesOutbox() {
        return new OutboxCollection(MongoDeliveries.STAFF);
    }

    @Bean(name = STAFF)
    MongoDeliveries staffDeliveries(MongoTemplate mongo, OutboxDocuments documents) {
        return new MongoDeliveries(mongo, documents, MongoDeliveries.STAFF);
    }

    @Bean(name = WEBHOOKS)
    MongoDeliveries webhookDeliveries(MongoTemplate mongo, OutboxDocuments documents) {
        return new MongoDeliveries(mongo, documents, MongoDeliveries.WEBHOOKS, MongoDeliveries.WEBHOOK_BODIES);
    }

    @Bean(destroyMethod = "close")
    ExecutorService deliveryThreads() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("delivery-", 0).factory());
    }

    @Bean
    Dispatching staffDispatching(@Qualifier(STAFF) MongoDeliveries deliveries, ObjectProvider<ChannelSender> senders,
                                 DeliveryProperties settings, Clock clock, ExecutorService deliveryThreads) {
        List<ChannelSender> staff = senders.orderedStream().filter(s -> s.channel() != Channel.WEBHOOK).toList();
        return new Dispatching(deliveries, staff, Map.of(Channel.EMAIL, settings.retry().email().toPolicy(),
                Channel.SMS, settings.retry().sms().toPolicy()), clock, settings.lease(), deliveryThreads,
                settings.maxInFlight());
    }

    @Bean
    Dispatching webhookDispatching(@Qualifier(WEBHOOKS) MongoDeliveries deliveries,
                                   ObjectProvider<ChannelSender> senders, DeliveryProperties settings, Clock clock,
                                   ExecutorService deliveryThreads) {
        List<ChannelSender> webhooks = senders.orderedStream().filter(s -> s.channel() == Channel.WEBHOOK).toList();
        return new Dispatching(deliveries, webhooks, Map.of(Channel.WEBHOOK, settings.retry().webhook().toPolicy()),
                clock, settings.lease(), deliveryThreads, settings.maxInFlight());
    }
}
