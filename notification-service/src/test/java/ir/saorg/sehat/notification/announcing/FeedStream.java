package ir.saorg.sehat.notification.announcing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A live feed as a browser's EventSource reads it: the stream's lines, read in the background. */
final class FeedStream implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile BufferedReader body;

    private FeedStream(int port, String token, String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        reader = Thread.ofVirtual().start(() -> {
            try {
                HttpResponse<java.io.InputStream> response = http.send(request.GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                lines.add("HTTP " + response.statusCode());
                body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
                String line;
                while ((line = body.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                lines.add("closed: " + closed.getClass().getSimpleName());
            }
        });
    }

    static FeedStream open(int port, String token, String lastEventId) {
        return new FeedStream(port, token, lastEventId);
    }

    String awaitLine(Predicate<String> wanted) {
        await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(wanted));
        return lines.stream().filter(wanted).findFirst().orElseThrow();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        reader.interrupt();
        http.shutdownNow();
    }
}
