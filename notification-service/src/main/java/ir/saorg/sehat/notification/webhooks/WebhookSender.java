package ir.saorg.sehat.notification.webhooks;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.delivery.SendOutcome;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final ContentType SINGLE = ContentType.parse(CloudEventBody.CONTENT_TYPE);
    private static final ContentType BATCH = ContentType.parse(CloudEventBody.BATCH_CONTENT_TYPE);

    private final CloseableHttpClient http;
    private final ActiveSubscriptions subscriptions;
    private final UrlGuard guard;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final Clock clock;
    private final Map<String, GuardedSending> guards = new ConcurrentHashMap<>();

    public WebhookSender(CloseableHttpClient http, ActiveSubscriptions subscriptions, UrlGuard guard,
                         CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, Clock clock) {
        this.http = http;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.clock = clock;
    }

    /**
     * The client webhooks are sent with: HTTP/1.1 with kept-alive connections (at most {@code perSubscriber} to one
     * host and port, more than a bulkhead lets run at once), short time-outs, no retries of its own, never a redirect
     * (it could lead inside), and names resolved only to addresses {@code guard} allows, so that the address connected
     * to is one that was checked (no DNS rebinding between the check and the connection).
     */
    public static CloseableHttpClient client(UrlGuard guard, Duration connectTimeout, Duration requestTimeout,
                                             int perSubscriber, int total) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckedDns(guard))
                .setMaxConnPerRoute(perSubscriber)
                .setMaxConnTotal(total)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(requestTimeout))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(requestTimeout))
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent("Sehat-Webhooks/1")
                .build();
    }

    /** Resolves names as the JVM does, and refuses the connection if any answer is an address the guard refuses. */
    private record CheckedDns(UrlGuard guard) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.allowedAddresses(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
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
        return sendTo(delivery, SINGLE, Map.of(
                DELIVERY_ID, delivery.id(),
                EVENT_ID, delivery.eventId(),
                EVENT_TYPE, delivery.eventType(),
                ATTEMPT, String.valueOf(delivery.attempts() + 1)), delivery.content().text());
    }

    /** The subscription's own limit: more than 1 once it asked for batches. */
    @Override
    public int batchLimit(Delivery delivery) {
        Subscription subscription = subscriptions.byId(delivery.recipient());
        return subscription == null ? 1 : subscription.maxEventsPerBatch();
    }

    /** One POST of a CloudEvents batch; the deliveries share their recipient and address. */
    @Override
    public SendOutcome sendAll(List<Delivery> deliveries) {
        return sendTo(deliveries.getFirst(), BATCH,
                Map.of(BATCH_SIZE, String.valueOf(deliveries.size())), CloudEventBody.batch(deliveries));
    }

    private SendOutcome sendTo(Delivery delivery, ContentType contentType, Map<String, String> headers, String body) {
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
        return guardFor(subscription.id()).send(() -> post(target, subscription, contentType, headers, body));
    }

    private SendOutcome post(URI target, Subscription subscription, ContentType contentType,
                             Map<String, String> headers, String body) {
        String signature = WebhookSignature.header(subscription.secret(), clock.instant(), body);
        ClassicRequestBuilder request = ClassicRequestBuilder.post(target)
                .setEntity(new StringEntity(body, contentType))
                .setHeader(WebhookSignature.HEADER, signature);
        headers.forEach(request::setHeader);
        try {
            int status = http.execute(request.build(), response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            if (status >= 200 && status < 300) {
                return new SendOutcome.Sent("HTTP " + status);
            }
            if (status == 410) {
                return new SendOutcome.Refused("HTTP 410: the subscriber says this URL is gone");
            }
            return new SendOutcome.Failed("HTTP " + status);
        } catch (SocketTimeoutException e) {
            return new SendOutcome.Failed("timed out: " + e.getMessage());
        } catch (IOException e) {
            return new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The subscription's own bulkhead and breaker, named {@code webhook-<id>} in metrics. */
    GuardedSending guardFor(String subscriptionId) {
        return guards.computeIfAbsent(subscriptionId, id -> new GuardedSending(
                breakers.circuitBreaker("webhook-" + id, GUARD_CONFIG), bulkheads.bulkhead("webhook-" + id, GUARD_CONFIG)));
    }
}
