package ir.saorg.sehat.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as ./sehat up runs it (the same {@link Stack}, the real jars, a real KRaft broker, each part its
 * own process), on ports of its own: one request walks the saga through the gateway, a restart on the same data
 * finds it and carries on, and stopping leaves nothing behind.
 */
class SagaEndToEndTest {

    static final Map<String, String> PORTS = Map.ofEntries(
            Map.entry("SEHAT_GATEWAY_PORT", "18080"), Map.entry("SEHAT_REQUEST_PORT", "18081"),
            Map.entry("SEHAT_CODE_PORT", "18082"), Map.entry("SEHAT_PAYMENT_PORT", "18083"),
            Map.entry("SEHAT_NOTIFICATION_PORT", "18084"), Map.entry("SEHAT_KAFKA_PORT", "19092"),
            Map.entry("SEHAT_KAFKA_CONTROLLER_PORT", "19093"), Map.entry("SEHAT_MONGO_PORT", "37017"),
            Map.entry("SEHAT_SMTP_PORT", "13025"), Map.entry("SEHAT_INBOX_PORT", "18025"),
            Map.entry("SEHAT_IDENTITY_PORT", "19000"));

    final HttpClient http = HttpClient.newHttpClient();
    String staffToken;

    @Test
    void walksTheSagaThroughTheGatewayKeepsItsDataAcrossARestartAndLeavesNoProcessBehind() throws Exception {
        Path var = Path.of("target", "e2e-var").toAbsolutePath();
        deleteRecursively(var);
        var env = new java.util.HashMap<>(PORTS);
        env.put("SEHAT_VAR", var.toString());
        env.put("SEHAT_START_TIMEOUT", "600");
        StackConfig config = StackConfig.from(Path.of("..", ".."), env);
        List<ProcessHandle> processes;
        String location;
        String code;
        try (Stack stack = Stack.start(config, System.out::println)) {
            processes = stack.running().stream().map(r -> r.process().toHandle()).toList();
            assertThat(processes).hasSize(9).allMatch(ProcessHandle::isAlive);
            staffToken = token("ut-system", "ut-system-secret");

            var submitted = post("/api/v1/requests", """
                    {"type":"ENROLMENT_CERTIFICATE","fields":{"nationalId":"۰۴۹۹۳۷۰۸۹۹","studentNumber":"4011234567","fullName":"زهرا احمدی"}}""");
            Instant sent = Instant.now();
            assertThat(submitted.statusCode()).isEqualTo(202);
            location = submitted.headers().firstValue("Location").orElseThrow();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> get(location).body().contains("\"resultAnnouncedAt\":\"2"));
            System.out.println("End-to-end: submit -> code shown and announced in "
                    + Duration.between(sent, Instant.now()).toMillis() + " ms (first request of a cold stack)");

            String request = get(location).body();
            assertThat(request).contains("\"status\":\"CODE_ISSUED\"", "\"what\":\"APPROVED\"", "RESULT_ANNOUNCED");
            code = first(Pattern.compile("\"value\":\"(\\d{20})\""), request);
            String display = first(Pattern.compile("\"display\":\"([\\d-]{24})\""), request);

            var verification = get("/api/v1/verifications/" + display);
            assertThat(verification.statusCode()).isEqualTo(200);
            assertThat(verification.body()).contains("\"result\":\"VALID\"");
            String requestId = location.substring(location.lastIndexOf('/') + 1);
            assertThat(get("/api/v1/notifications?requestId=" + requestId).body()).contains(code.substring(0, 4));

            walksAPaidRequestThroughTheSandboxGateway();
            anOperatorUploadsATariffTableWithATokenFromTheIdentityProvider();

            var refused = post("/api/v1/requests", "{\"type\":\"ENROLMENT_CERTIFICATE\",\"fields\":{\"nationalId\":\"123\"}}");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        }
        assertThat(processes).noneMatch(ProcessHandle::isAlive);

        try (Stack restarted = Stack.start(config, System.out::println)) {
            staffToken = token("ut-system", "ut-system-secret");
            assertThat(get(location).body()).as("the request and its code survive a restart")
                    .contains(code, "\"status\":\"CODE_ISSUED\"");
            assertThat(get("/api/v1/verifications/" + code).body()).contains("\"result\":\"VALID\"");
            var next = post("/api/v1/requests", """
                    {"type":"ENROLMENT_CERTIFICATE","fields":{"nationalId":"0084575948","studentNumber":"4011234568","fullName":"علی کریمی"}}""");
            assertThat(next.statusCode()).as(next.body()).isEqualTo(202);
            String nextLocation = next.headers().firstValue("Location").orElseThrow();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertThat(get(nextLocation).body()).contains("\"status\":\"CODE_ISSUED\""));
            processes = restarted.running().stream().map(r -> r.process().toHandle()).toList();
        }
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        try (Stream<Path> pids = Files.list(var.resolve("run"))) {
            assertThat(pids.filter(p -> p.toString().endsWith(".pid")).toList()).isEmpty();
        }
    }

    /**
     * A type with a tariff and a review: the pay link goes to the sandbox's pay page, the payer pays, an operator
     * approves, and the code is issued.
     */
    private void walksAPaidRequestThroughTheSandboxGateway() throws Exception {
        var submitted = post("/api/v1/requests", """
                {"type":"FOREIGN_DEGREE_EVALUATION","fields":{"nationalId":"0084575948","studentNumber":"4011234569","fullName":"مریم رضایی","degree":"MASTER","country":"Germany","foreignUniversity":"TU München"}}""");
        String location = submitted.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(location).body().contains("\"status\":\"AWAITING_PAYMENT\""));
        String payUrl = first(Pattern.compile("\"payUrl\":\"([^\"]+)\""), get(location).body());
        assertThat(payUrl).startsWith("http://localhost:" + PORTS.get("SEHAT_GATEWAY_PORT") + "/sandbox/zarinpal/pg/StartPay/");

        var payPage = http.send(HttpRequest.newBuilder(URI.create(payUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(payPage.statusCode()).isEqualTo(200);
        assertThat(payPage.body()).contains("۲۵٬۰۰۰٬۰۰۰");
        var paid = http.send(HttpRequest.newBuilder(URI.create(payUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(303);
        String callback = paid.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/payments/callback?", "Status=OK");

        var result = http.send(HttpRequest.newBuilder(URI.create(callback)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("پرداخت انجام و تأیید شد");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(location).body().contains("\"status\":\"UNDER_REVIEW\""));
        var approval = http.send(HttpRequest.newBuilder(uri(location + "/approval"))
                .header("Authorization", "Bearer " + token("sehat-operator-cli", "operator-cli-secret"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> get(location).body().contains("\"status\":\"CODE_ISSUED\""));
        assertThat(get(location).body()).contains("\"what\":\"PAID\"", "\"gatewayReference\":\"",
                "\"what\":\"UNDER_REVIEW\"", "\"by\":\"sehat-operator-cli\"");
        String requestId = location.substring(location.lastIndexOf('/') + 1);
        var receipt = get("/payments/" + requestId + "/receipt");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).contains("رسید پرداخت", "۲۵٬۰۰۰٬۰۰۰");
    }

    /** Only an operator's token uploads a budget table; the uploader recorded is the token's subject. */
    private void anOperatorUploadsATariffTableWithATokenFromTheIdentityProvider() throws Exception {
        String table = "requestType,amountRials\nFOREIGN_DEGREE_EVALUATION,25000000\n"
                + "PROVISIONAL_GRADUATION_CERTIFICATE,5000000\n";
        assertThat(putCsv("/api/v1/tariffs/1405", table, null).statusCode()).isEqualTo(401);
        assertThat(putCsv("/api/v1/tariffs/1405", table, token("ut-system", "ut-system-secret")).statusCode())
                .isEqualTo(403);

        var uploaded = putCsv("/api/v1/tariffs/1405", table, token("sehat-operator-cli", "operator-cli-secret"));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"version\":2", "\"uploadedBy\":\"sehat-operator-cli\"");
        assertThat(get("/api/v1/tariffs/1405").body()).contains("PROVISIONAL_GRADUATION_CERTIFICATE");
    }

    private String token(String clientId, String secret) throws IOException, InterruptedException {
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTS.get("SEHAT_IDENTITY_PORT")
                        + "/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return first(Pattern.compile("\"access_token\":\"([^\"]+)\""), answer.body());
    }

    private HttpResponse<String> putCsv(String path, String csv, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts as the University of Tehran's system (client credentials from the development identity provider). */
    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + staffToken)
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads as the University of Tehran's system; open endpoints do not mind the token. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + staffToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PORTS.get("SEHAT_GATEWAY_PORT") + path);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m.group(1);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
