package ir.saorg.sehat.notification.webhooks;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.SendOutcome;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the webhook client connects to is what the guard allowed, however the name answers meanwhile. */
class WebhookSenderTest {

    @Test
    void aNameThatAnswersAnInternalAddressAfterItsCheckIsNeverConnectedTo() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            int port = URI.create(subscriber.url()).getPort();
            Deque<List<InetAddress>> answers = new ArrayDeque<>(List.of(
                    List.of(InetAddress.getByName("8.8.8.8")), List.of(InetAddress.getLoopbackAddress())));
            UrlGuard guard = new UrlGuard(false, host -> answers.isEmpty() ? List.of(InetAddress.getLoopbackAddress())
                    : answers.poll());
            Subscription subscription = new Subscription("rebinding", "http://hooks.example:" + port + "/hook",
                    Set.of("ir.saorg.sehat.code.issued.v1"), "whsec_x", null, "admin", Instant.now(), true, 1);
            try (var client = WebhookSender.client(guard, Duration.ofSeconds(1), Duration.ofSeconds(1), 4, 8)) {
                InMemorySubscriptions store = new InMemorySubscriptions();
                store.insert(subscription);
                WebhookSender sender = new WebhookSender(client, new ActiveSubscriptions(store, Clock.systemUTC(),
                        Duration.ofMinutes(1)), guard,
                        CircuitBreakerRegistry.of(Map.of(WebhookSender.GUARD_CONFIG, CircuitBreakerConfig.ofDefaults())),
                        BulkheadRegistry.of(Map.of(WebhookSender.GUARD_CONFIG, BulkheadConfig.ofDefaults())),
                        Clock.systemUTC());

                SendOutcome outcome = sender.send(Delivery.claimedOnCreation("d-1", "e-1",
                        "ir.saorg.sehat.code.issued.v1", "r-1", "ir.saorg.sehat.code.issued.v1", Channel.WEBHOOK,
                        subscription.id(), subscription.url(), new Content("t", null, "{\"id\":\"e-1\"}"), false,
                        Instant.now(), "claim", Instant.now().plusSeconds(60)));

                assertThat(answers).as("checked, then resolved again to connect").isEmpty();
                assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class,
                        failed -> assertThat(failed.error()).contains("LOOPBACK"));
                assertThat(subscriber.received()).isEmpty();
            }
        }
    }
}
