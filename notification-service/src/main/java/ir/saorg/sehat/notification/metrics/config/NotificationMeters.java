package ir.saorg.sehat.notification.metrics.config;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.SendOutcome;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Counts {@code sehat.notifications{channel, outcome}}: every attempt to send by e-mail, SMS or webhook as
 * {@code sent}, {@code failed} (tried again later), {@code refused} (for good) or {@code busy} (put back untried),
 * and every entry that enters an in-app feed as {@code IN_APP sent}. It wraps the senders and the feed store as
 * they are created, so the delivery code itself carries no metrics.
 */
public class NotificationMeters implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> meters;

    public NotificationMeters(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ChannelSender sender) {
            return new CountedSender(sender, this);
        }
        if (bean instanceof Notifications feed) {
            return new CountedFeed(feed, this);
        }
        return bean;
    }

    void count(Channel channel, String outcome) {
        count(channel, outcome, 1);
    }

    void count(Channel channel, String outcome, int deliveries) {
        meters.getObject().counter("sehat.notifications", "channel", channel.name(), "outcome", outcome)
                .increment(deliveries);
    }

    static String outcome(SendOutcome outcome) {
        return switch (outcome) {
            case SendOutcome.Sent sent -> "sent";
            case SendOutcome.Failed failed -> "failed";
            case SendOutcome.Refused refused -> "refused";
            case SendOutcome.Busy busy -> "busy";
        };
    }

    /** A sender that counts what each attempt came to. */
    record CountedSender(ChannelSender sender, NotificationMeters meters) implements ChannelSender {

        @Override
        public Channel channel() {
            return sender.channel();
        }

        @Override
        public Bulkhead bulkhead(Delivery delivery) {
            return sender.bulkhead(delivery);
        }

        @Override
        public int queueLimit(Bulkhead bulkhead) {
            return sender.queueLimit(bulkhead);
        }

        @Override
        public SendOutcome send(Delivery delivery) {
            SendOutcome outcome = sender.send(delivery);
            meters.count(sender.channel(), outcome(outcome));
            return outcome;
        }

        @Override
        public int batchLimit(Delivery delivery) {
            return sender.batchLimit(delivery);
        }

        @Override
        public SendOutcome sendAll(List<Delivery> deliveries) {
            SendOutcome outcome = sender.sendAll(deliveries);
            meters.count(sender.channel(), outcome(outcome), deliveries.size());
            return outcome;
        }
    }

    /** The feed store, counting the entries that enter a feed (each once: a repeated insert changes nothing). */
    record CountedFeed(Notifications feed, NotificationMeters meters) implements Notifications {

        @Override
        public boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events) {
            boolean inserted = feed.insertIfAbsent(notification, events);
            if (inserted) {
                meters.count(Channel.IN_APP, "sent");
            }
            return inserted;
        }

        @Override
        public List<Notification> forRequest(String requestId, Collection<String> recipients) {
            return feed.forRequest(requestId, recipients);
        }

        @Override
        public List<Notification> forRequest(String requestId) {
            return feed.forRequest(requestId);
        }

        @Override
        public List<Notification> feed(Collection<String> recipients, Instant before, int limit) {
            return feed.feed(recipients, before, limit);
        }

        @Override
        public List<Notification> feedAfter(Collection<String> recipients, Instant after, int limit) {
            return feed.feedAfter(recipients, after, limit);
        }

        @Override
        public List<Notification> deliveredSince(Instant since, int limit) {
            return feed.deliveredSince(since, limit);
        }
    }
}
