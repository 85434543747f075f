package ir.saorg.sehat.notification.announcing.config;

import ir.saorg.sehat.notification.announcing.Announcements;
import ir.saorg.sehat.notification.announcing.Announcing;
import ir.saorg.sehat.notification.delivery.Dispatching;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.delivery.persistence.MongoDeliveries;
import ir.saorg.sehat.notification.feed.FeedListener;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.notification.feed.persistence.MongoNotifications;
import ir.saorg.sehat.notification.recipients.Contacts;
import ir.saorg.sehat.notification.recipients.OperatorDesk;
import ir.saorg.sehat.notification.recipients.RequestRecipients;
import ir.saorg.sehat.notification.templates.Templates;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Announcing and what it needs: the templates, the feed, the staff deliveries and their dispatcher. */
@Configuration(proxyBeanMethods = false)
class AnnouncingConfiguration {

    @Bean
    Templates templates() {
        return Templates.load();
    }

    @Bean
    Announcements announcements(@Value("${sehat.public-url}") String publicUrl) {
        return new Announcements(publicUrl);
    }

    @Bean
    OutboxCollection notificationsOutbox() {
        return new OutboxCollection(MongoNotifications.COLLECTION);
    }

    @Bean
    Announcing announcing(RequestRecipients requests, Contacts contacts, OperatorDesk operators, Templates templates,
                          Notifications feed, @Qualifier(DeliveryConfiguration.STAFF) MongoDeliveries deliveries,
                          @Qualifier("staffDispatching") Dispatching dispatching, FeedListener listener, Clock clock) {
        return new Announcing(requests, contacts, operators, templates, feed, deliveries, dispatching, listener, clock);
    }
}
