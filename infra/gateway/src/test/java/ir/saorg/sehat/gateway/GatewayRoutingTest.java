package ir.saorg.sehat.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway forwards each API path, with its method, body and headers, to the service that owns it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final List<String> FORWARDED_FOR = new CopyOnWriteArrayList<>();
    static final HttpServer REQUESTS = backend("request-service");
    static final HttpServer CODES = backend("code-service");
    static final HttpServer PAYMENTS = backend("payment-service");
    static final HttpServer NOTIFICATIONS = backend("notification-service");
    static final java.util.concurrent.CountDownLatch STREAM_MAY_END = new java.util.concurrent.CountDownLatch(1);

    static {
        NOTIFICATIONS.createContext("/api/v1/notifications/live", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("event:notification\ndata:first\n\n".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                STREAM_MAY_END.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("SEHAT_REQUEST_SERVICE_URL", () -> "http://127.0.0.1:" + REQUESTS.getAddress().getPort());
        registry.add("SEHAT_CODE_SERVICE_URL", () -> "http://127.0.0.1:" + CODES.getAddress().getPort());
        registry.add("SEHAT_PAYMENT_SERVICE_URL", () -> "http://127.0.0.1:" + PAYMENTS.getAddress().getPort());
        registry.add("SEHAT_NOTIFICATION_SERVICE_URL", () -> "http://127.0.0.1:" + NOTIFICATIONS.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        REQUESTS.stop(0);
        CODES.stop(0);
        PAYMENTS.stop(0);
        NOTIFICATIONS.stop(0);
    }

    @Test
    void forwardsASubmissionWithItsBodyAndReturnsTheServicesAnswer() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/v1/requests")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"X\"}")).build());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/requests/42");
        assertThat(response.body()).isEqualTo("request-service");
        assertThat(SEEN).contains("request-service POST /api/v1/requests {\"type\":\"X\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/requests?status=SUBMITTED", "/api/v1/request-types/X/template.csv",
            "/api/v1/disputes/7", "/api/v1/sla?from=1405/01/01&to=1405/01/31", "/api/v1/requests/batches/9"})
    void routesEveryRequestServicePathToIt(String path) throws Exception {
        var response = send(HttpRequest.newBuilder(uri(path)).GET().build());

        assertThat(response.body()).isEqualTo("request-service");
    }

    /** The console: each service answers for its own dead letters; the cluster's view comes from request-service. */
    @ParameterizedTest
    @ValueSource(strings = {"request-service", "code-service", "payment-service", "notification-service"})
    void routesEachServicesConsoleToThatService(String service) throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/admin/services/" + service + "/dead-letters")).GET()
                .build()).body()).isEqualTo(service);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/admin/services/" + service + "/summary")).GET()
                .build()).body()).isEqualTo(service);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/admin/cluster/series")).GET().build()).body())
                .isEqualTo("request-service");
    }

    @ParameterizedTest
    @CsvSource({"/operator/request-types,request-service", "/operator/request-types/ENROLMENT_CERTIFICATE,request-service",
            "/operator/tariffs,payment-service", "/operator/tariffs/1405,payment-service",
            "/operator/codes,code-service", "/operator/codes/48213390577126048830,code-service"})
    void routesEachOperatorPageToTheServiceThatOwnsItsData(String path, String service) throws Exception {
        var response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer some.token").GET().build());

        assertThat(response.body()).isEqualTo(service);
    }

    @Test
    void routesVerificationsToTheCodeService() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/v1/verifications/1234")).GET().build());

        assertThat(response.body()).isEqualTo("code-service");
        assertThat(SEEN).contains("code-service GET /api/v1/verifications/1234 ");
    }

    @Test
    void routesEachSandboxToTheServiceThatHostsIt() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/sandbox/kavenegar/messages")).GET().build()).body())
                .isEqualTo("notification-service");
        assertThat(send(HttpRequest.newBuilder(uri("/sandbox/zarinpal/pg/StartPay/A1")).GET().build()).body())
                .isEqualTo("payment-service");
    }

    @Test
    void routesNotificationsAndWebhooksToTheNotificationService() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/notifications")).GET().build()).body())
                .isEqualTo("notification-service");
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/notifications/stream")).GET().build()).body())
                .isEqualTo("notification-service");
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/webhooks/subscriptions")).GET().build()).body())
                .isEqualTo("notification-service");
    }

    @Test
    void passesServerSentEventsOnAsTheyComeNotWhenTheStreamEnds() throws Exception {
        var client = HttpClient.newHttpClient();
        try {
            var response = client.send(HttpRequest.newBuilder(uri("/api/v1/notifications/live")).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            var firstEvent = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    response.body().filter(line -> line.startsWith("data:")).findFirst().orElse(""));

            assertThat(firstEvent.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the first event arrives while the stream is still open").isEqualTo("data:first");
        } finally {
            STREAM_MAY_END.countDown();
            client.shutdownNow();
        }
    }

    @Test
    void tellsTheServiceWhoTheClientIs() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/v1/verifications/5678")).GET().build());

        assertThat(FORWARDED_FOR.getLast()).as("code-service limits and audits by this address").contains("127.0.0.1");
    }

    @Test
    void answersPathsNoServiceOwnsWithProblemDetails() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/v1/nothing")).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void reportsItsHealth() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build()).body()).contains("UP");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpServer backend(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                FORWARDED_FOR.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
                SEEN.add(name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
                byte[] answer = name.getBytes(StandardCharsets.UTF_8);
                boolean post = exchange.getRequestMethod().equals("POST");
                if (post) {
                    exchange.getResponseHeaders().add("Location", "/api/v1/requests/42");
                }
                exchange.sendResponseHeaders(post ? 202 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
