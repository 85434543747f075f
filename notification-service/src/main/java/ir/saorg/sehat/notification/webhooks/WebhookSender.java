package ir.saorg.sehat.notification.webhooks;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.delivery.SendOutcome;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * POSTs a webhook delivery to its subscriber, signed. Each subscription has its own bulkhead and circuit breaker, so a
 * slow or dead subscriber holds at most its own few connections and then fails fast, while the others go on. Every
 * attempt of a delivery carries the same {@code Sehat-Delivery-Id}, which receivers deduplicate on. A subscription that
 * takes batches gets the deliveries waiting for it in one POST, each event marked with its delivery id.
 */
public class WebhookSender implements ChannelSender {

    public static final String DELIVERY_ID = "Sehat-Delivery-Id";
    public static final String EVENT_ID = "Sehat-Event-Id";
    public static final String EVENT_TYPE = "Sehat-Event-Type";
    public static final String ATTEMPT = "Sehat-Attempt";
    /** On a batch instead of the four above: how many events it carries (each names its delivery id and attempt). */
    public static final String BATCH_SIZE = "Sehat-Batch-Size";
    static final String GUARD_CONFIG = "webhook";

    private final HttpClient http;
    private final ActiveSubscriptions subscriptions;
    private final UrlGuard guard;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Map<String, GuardedSending> guards = new ConcurrentHashMap<>();

    public WebhookSender(HttpClient http, ActiveSubscriptions subscriptions, UrlGuard guard,
                         CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, Duration requestTimeout,
                         Clock clock) {
        this.http = http;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** The client webhooks are sent with: short connect time-out and never a redirect (it could lead inside). */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Bulkhead bulkhead(Delivery delivery) {
        return guardFor(delivery.recipient()).bulkhead();
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        return sendTo(delivery, subscription -> HttpRequest.newBuilder()
                .header("Content-Type", CloudEventBody.CONTENT_TYPE)
                .header(DELIVERY_ID, delivery.id())
                .header(EVENT_ID, delivery.eventId())
                .header(EVENT_TYPE, delivery.eventType())
                .header(ATTEMPT, String.valueOf(delivery.attempts() + 1)), delivery.content().text());
    }

    /** The subscription's own limit: more than 1 once it asked for batches. */
    @Override
    public int batchLimit(Delivery delivery) {
        Subscription subscription = subscriptions.byId(delivery.recipient());
        return subscription == null ? 1 : subscription.maxEventsPerBatch();
    }

    /** One POST of a CloudEvents batch; the deliveries share their recipient and address, as {@link #batchLimit} lets them. */
    @Override
    public SendOutcome sendAll(List<Delivery> deliveries) {
        return sendTo(deliveries.getFirst(), subscription -> HttpRequest.newBuilder()
                .header("Content-Type", CloudEventBody.BATCH_CONTENT_TYPE)
                .header(BATCH_SIZE, String.valueOf(deliveries.size())), CloudEventBody.batch(deliveries));
    }

    private SendOutcome sendTo(Delivery delivery, Function<Subscription, HttpRequest.Builder> request, String body) {
        Subscription subscription = subscriptions.byId(delivery.recipient());
        if (subscription == null) {
            return new SendOutcome.Refused("subscription " + delivery.recipient() + " does not exist");
        }
        URI target;
        try {
            target = guard.check(delivery.address());
        } catch (UnsafeUrlException unsafe) {
            return new SendOutcome.Refused("address refused: " + unsafe.getMessage());
        }
        return guardFor(subscription.id()).send(() -> post(request.apply(subscription).uri(target), subscription, body));
    }

    private SendOutcome post(HttpRequest.Builder builder, Subscription subscription, String body) {
        HttpRequest request = builder.timeout(requestTimeout)
                .header("User-Agent", "Sehat-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(subscription.secret(), clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new SendOutcome.Sent("HTTP " + status);
            }
            if (status == 410) {
                return new SendOutcome.Refused("HTTP 410: the subscriber says this URL is gone");
            }
            return new SendOutcome.Failed("HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new SendOutcome.Failed("timed out: " + e.getMessage());
        } catch (IOException e) {
            return new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Failed("interrupted");
        }
    }

    /** The subscription's own bulkhead and breaker, named {@code webhook-<id>} in metrics. */
    GuardedSending guardFor(String subscriptionId) {
        return guards.computeIfAbsent(subscriptionId, id -> new GuardedSending(
                breakers.circuitBreaker("webhook-" + id, GUARD_CONFIG), bulkheads.bulkhead("webhook-" + id, GUARD_CONFIG)));
    }
}
