package ir.saorg.sehat.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One client past its burst gets 429 with Retry-After and a problem document; health checks are never limited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sehat.gateway.rate-limit.capacity=5", "sehat.gateway.rate-limit.per-second=1"})
class ClientRateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void aClientPastItsBurstIsToldToWait() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (var client = HttpClient.newHttpClient()) {
            while (answers.size() < 200 && answers.stream().noneMatch(a -> a.statusCode() == 429)) {
                answers.add(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/nothing"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()));
            }
            assertThat(answers.subList(0, 5)).as("the burst passes").allMatch(a -> a.statusCode() == 404);
            var limited = answers.stream().filter(a -> a.statusCode() == 429).toList();
            assertThat(limited).as("a burst of 5, refilled at one a second, runs out").isNotEmpty();
            var first = limited.getFirst();
            assertThat(first.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(first.body()).contains("\"status\":429", "Too many requests", "درخواست‌های بیش از حد");

            for (int i = 0; i < 10; i++) {
                assertThat(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
            }
        }
    }
}
