package ir.saorg.sehat.notification.metrics.config;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.SendOutcome;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationMetersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final NotificationMeters post = meters();

    @Test
    void countsEverySendAttemptByChannelAndOutcome() {
        var sender = (ChannelSender) post.postProcessAfterInitialization(new Scripted(Channel.SMS,
                new SendOutcome.Sent("1"), new SendOutcome.Failed("down"), new SendOutcome.Refused("bad number"),
                new SendOutcome.Busy(), new SendOutcome.Sent("2")), "smsSender");

        for (int i = 0; i < 5; i++) {
            sender.send(null);
        }

        assertThat(sender.channel()).isEqualTo(Channel.SMS);
        assertThat(count("SMS", "sent")).isEqualTo(2);
        assertThat(count("SMS", "failed")).isEqualTo(1);
        assertThat(count("SMS", "refused")).isEqualTo(1);
        assertThat(count("SMS", "busy")).isEqualTo(1);
    }

    @Test
    void countsAFeedEntryOnceThoughItIsInsertedTwice() {
        var feed = (Notifications) post.postProcessAfterInitialization(new OnceFeed(), "mongoNotifications");
        var entry = new Notification("n-1", "r-1", "staff", "IN_APP", "CODE_ISSUED", "کد", "code", Instant.now());

        feed.insertIfAbsent(entry, List.of());
        feed.insertIfAbsent(entry, List.of());

        assertThat(count("IN_APP", "sent")).isEqualTo(1);
    }

    @Test
    void leavesOtherBeansAlone() {
        Object other = "not a sender";
        assertThat(post.postProcessAfterInitialization(other, "other")).isSameAs(other);
    }

    private NotificationMeters meters() {
        var factory = new DefaultListableBeanFactory();
        factory.registerSingleton("meterRegistry", meters);
        return new NotificationMeters(factory.getBeanProvider(MeterRegistry.class));
    }

    private double count(String channel, String outcome) {
        return meters.get("sehat.notifications").tag("channel", channel).tag("outcome", outcome).counter().count();
    }

    private static final class Scripted implements ChannelSender {

        private final Channel channel;
        private final Deque<SendOutcome> outcomes;

        Scripted(Channel channel, SendOutcome... outcomes) {
            this.channel = channel;
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public Bulkhead bulkhead(Delivery delivery) {
            return Bulkhead.ofDefaults("test");
        }

        @Override
        public SendOutcome send(Delivery delivery) {
            return outcomes.removeFirst();
        }
    }

    private static final class OnceFeed implements Notifications {

        private final Set<String> ids = new HashSet<>();

        @Override
        public boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events) {
            return ids.add(notification.id());
        }

        @Override
        public List<Notification> forRequest(String requestId, Collection<String> recipients) {
            return List.of();
        }

        @Override
        public List<Notification> forRequest(String requestId) {
            return List.of();
        }

        @Override
        public List<Notification> feed(Collection<String> recipients, Instant before, int limit) {
            return List.of();
        }

        @Override
        public List<Notification> feedAfter(Collection<String> recipients, Instant after, int limit) {
            return List.of();
        }

        @Override
        public List<Notification> deliveredSince(Instant since, int limit) {
            return List.of();
        }
    }
}
