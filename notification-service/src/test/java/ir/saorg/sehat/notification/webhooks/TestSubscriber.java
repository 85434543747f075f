package ir.saorg.sehat.notification.webhooks;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A downstream system on loopback: verifies each webhook's signature with its secret, deduplicates on the delivery id
 * as the documentation asks, and answers with the status it is told to. It takes single events and batches.
 */
public final class TestSubscriber implements AutoCloseable {

    /** One POST it received. */
    public record Received(String deliveryId, String eventId, String type, int attempt, String body,
                           boolean signatureValid, Instant at) {
    }

    private final HttpServer server;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> batches = new CopyOnWriteArrayList<>();
    private final Set<String> processed = ConcurrentHashMap.newKeySet();
    private volatile String secret = "";
    private volatile int status = 204;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private TestSubscriber() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            awaitGate();
            var headers = exchange.getRequestHeaders();
            boolean valid = WebhookSignature.verify(secret, headers.getFirst(WebhookSignature.HEADER), body,
                    Instant.now(), WebhookSignature.REPLAY_WINDOW);
            List<Received> arrived = new ArrayList<>();
            String contentType = headers.getFirst("Content-Type");
            if (contentType != null && contentType.startsWith("application/cloudevents-batch+json")) {
                batches.add(body);
                for (JsonNode event : JSON.readTree(body)) {
                    arrived.add(new Received(event.path(CloudEventBody.DELIVERY_ID_ATTRIBUTE).asString(),
                            event.path("id").asString(), event.path("type").asString(),
                            event.path(CloudEventBody.ATTEMPT_ATTRIBUTE).asInt(), event.toString(), valid, Instant.now()));
                }
            } else {
                arrived.add(new Received(headers.getFirst(WebhookSender.DELIVERY_ID), headers.getFirst(WebhookSender.EVENT_ID),
                        headers.getFirst(WebhookSender.EVENT_TYPE),
                        Integer.parseInt(headers.getFirst(WebhookSender.ATTEMPT)), body, valid, Instant.now()));
            }
            received.addAll(arrived);
            int answer = valid ? status : 401;
            if (answer < 300) {
                arrived.forEach(r -> processed.add(r.deliveryId()));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    public static TestSubscriber start() {
        return new TestSubscriber();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void trust(String secret) {
        this.secret = secret;
    }

    public void answer(int status) {
        this.status = status;
    }

    /** Keeps every request it receives from now on waiting for an answer until {@link #letGo}. */
    public void holdAnswers() {
        gate = new CountDownLatch(1);
    }

    public void letGo() {
        gate.countDown();
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bodies of the batches it received (a batch's events are also in {@link #received}, one each). */
    public List<String> batches() {
        return List.copyOf(batches);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> about(String eventId) {
        return received.stream().filter(r -> eventId.equals(r.eventId())).toList();
    }

    /** What it acted on: each delivery id once. */
    public Set<String> processed() {
        return Set.copyOf(processed);
    }

    public Map<String, Long> attemptsByDelivery() {
        return received.stream().collect(java.util.stream.Collectors.groupingBy(Received::deliveryId,
                java.util.stream.Collectors.counting()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
