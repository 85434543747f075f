package ir.saorg.sehat.notification.feed.messaging;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.notification.feed.ReportingCodeIssued;
import ir.saorg.sehat.notification.feed.persistence.MongoNotifications;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.function.Consumer;

/** Connects reporting to Kafka. */
@Configuration
class NotificationMessaging {

    @Bean
    ReportingCodeIssued reportingCodeIssued(Notifications notifications) {
        return new ReportingCodeIssued(notifications, Clock.systemUTC());
    }

    @Bean
    OutboxCollection notificationsOutbox() {
        return new OutboxCollection(MongoNotifications.COLLECTION);
    }

    @Bean
    EventHandlers eventHandlers(ReportingCodeIssued reporting) {
        return EventHandlers.builder().on(EventTypes.CODE_ISSUED, reporting::onCodeIssued).build();
    }

    @Bean
    Consumer<Message<byte[]>> codeEvents(InboundEvents inbound) {
        return inbound::accept;
    }
}
