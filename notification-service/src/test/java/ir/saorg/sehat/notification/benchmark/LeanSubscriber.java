package ir.saorg.sehat.notification.benchmark;

import ir.saorg.sehat.notification.webhooks.WebhookSender;
import ir.saorg.sehat.notification.webhooks.WebhookSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A benchmark subscriber that costs little CPU, since it shares the machine with the service it measures: a blocking
 * HTTP/1.1 server on loopback, one virtual thread per connection, keep-alive, no routing and no date headers. It still
 * does what a subscriber must: verifies every signature over the raw body, deduplicates on the delivery id, and notes
 * when each event arrived, parsing a batch's JSON to find each event's delivery id. It understands what Sehat's client
 * sends (a POST with a Content-Length), nothing more.
 */
final class LeanSubscriber implements AutoCloseable {

    private static final byte[] NO_CONTENT = "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNAUTHORIZED =
            "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD = 16 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Map<String, Long> received = new ConcurrentHashMap<>();
    final Set<String> deliveries = ConcurrentHashMap.newKeySet();
    final AtomicInteger badSignatures = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    /** Every signed POST, a batch or a single event (a subscription that takes batches gets a lone event alone). */
    final AtomicInteger posts = new AtomicInteger();
    volatile String secret = "";

    private final ServerSocket socket;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    LeanSubscriber() {
        try {
            socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                open.add(connection);
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
            OutputStream out = connection.getOutputStream();
            while (true) {
                Map<String, String> headers = new HashMap<>();
                if (!readHead(in, headers)) {
                    return;
                }
                long at = System.nanoTime();
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                out.write(handle(headers, body, at) ? NO_CONTENT : UNAUTHORIZED);
                out.flush();
                if ("close".equalsIgnoreCase(headers.get("connection"))) {
                    return;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the client closed the connection, or the benchmark is over
        } finally {
            open.remove(connection);
        }
    }

    private boolean handle(Map<String, String> headers, String body, long at) {
        if (!WebhookSignature.verify(secret, headers.get(WebhookSignature.HEADER.toLowerCase(Locale.ROOT)), body,
                Instant.now(), WebhookSignature.REPLAY_WINDOW)) {
            badSignatures.incrementAndGet();
            return false;
        }
        posts.incrementAndGet();
        if (headers.containsKey(WebhookSender.BATCH_SIZE.toLowerCase(Locale.ROOT))) {
            for (JsonNode event : JSON.readTree(body)) {
                receive(event.path("sehatdeliveryid").asString(), event.path("id").asString(), at);
            }
        } else {
            receive(headers.get(WebhookSender.DELIVERY_ID.toLowerCase(Locale.ROOT)),
                    headers.get(WebhookSender.EVENT_ID.toLowerCase(Locale.ROOT)), at);
        }
        return true;
    }

    private void receive(String deliveryId, String eventId, long at) {
        if (!deliveries.add(deliveryId)) {
            duplicates.incrementAndGet();
        } else {
            received.put(eventId, at);
        }
    }

    /** Reads a request line and headers (names in lower case); false at the end of the connection. */
    private static boolean readHead(InputStream in, Map<String, String> headers) throws IOException {
        StringBuilder line = new StringBuilder(128);
        boolean requestLine = true;
        int read = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (++read > MAX_HEAD) {
                throw new IOException("request head too long");
            }
            if (b == '\r') {
                continue;
            }
            if (b != '\n') {
                line.append((char) b);
                continue;
            }
            if (line.isEmpty()) {
                if (requestLine) {
                    continue;
                }
                return true;
            }
            if (!requestLine) {
                int colon = line.indexOf(":");
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            requestLine = false;
            line.setLength(0);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket s : open) {
                s.close();
            }
        } catch (IOException ignored) {
            // closing a benchmark fixture
        }
    }
}
