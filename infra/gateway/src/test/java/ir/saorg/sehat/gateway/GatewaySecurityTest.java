package ir.saorg.sehat.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets through the gateway, and how: pages send a browser without a session to the identity provider
 * (authorization code with PKCE, to the one configured return address), the API is left to the services, a request
 * that rides on the session cookie needs the CSRF token, every answer carries the security headers, and every call a
 * request id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"SEHAT_ISSUER_URI=http://idp.sehat.test", "SEHAT_PUBLIC_URL=https://sehat.example"})
class GatewaySecurityTest {

    static final List<String> REQUEST_IDS = new CopyOnWriteArrayList<>();
    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final HttpServer SERVICE = service();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        for (String name : List.of("REQUEST", "CODE", "PAYMENT", "NOTIFICATION")) {
            registry.add("SEHAT_" + name + "_SERVICE_URL", () -> url);
        }
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    @Test
    void aPageSendsABrowserWithoutASessionToLogInWithPkceAndTheConfiguredReturnAddress() throws Exception {
        var page = send(get("/requests?next=https://evil.example/").build());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/sehat"));

        var start = send(get("/oauth2/authorization/sehat").header("Cookie", cookies(page)).build());
        String authorize = URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);

        assertThat(authorize).startsWith("http://idp.sehat.test/oauth2/authorize?")
                .contains("response_type=code", "client_id=sehat-portal", "code_challenge_method=S256",
                        "code_challenge=", "state=", "redirect_uri=https://sehat.example/login/oauth2/code/sehat")
                .doesNotContain("evil.example");
    }

    @Test
    void aPageFetchedWithItsOwnBearerTokenIsLeftToTheService() throws Exception {
        var receipt = send(get("/payments/0b6b7d1e-2f4c-4a57-9d0e-6f1c2b3a4d5e/receipt")
                .header("Authorization", "Bearer some.token").build());

        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).isEqualTo("service");
    }

    @Test
    void anHtmxRequestWithoutASessionIsToldToReloadIntoTheLogin() throws Exception {
        var answer = send(get("/requests/new").header("HX-Request", "true").build());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("HX-Redirect")).contains("/oauth2/authorization/sehat");
    }

    @Test
    void theApiAndThePublicPagesPassThroughWithoutALogin() throws Exception {
        assertThat(send(get("/api/v1/requests").build()).body()).isEqualTo("service");
        assertThat(send(get("/verify").build()).body()).isEqualTo("service");
        var submitted = send(post("/api/v1/requests").header("Authorization", "Bearer some.token").build());
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("POST /api/v1/requests Bearer some.token");
    }

    @Test
    void aChangeThatRidesOnTheSessionCookieNeedsTheCsrfToken() throws Exception {
        var forged = send(post("/requests/new/ENROLMENT_CERTIFICATE").header("Cookie", "SEHAT_SESSION=abc").build());
        assertThat(forged.statusCode()).as("a cross-site form post carrying the session").isEqualTo(403);

        var withToken = send(post("/requests/new/ENROLMENT_CERTIFICATE")
                .header("Cookie", "SEHAT_SESSION=abc; XSRF-TOKEN=t0k3n").header("X-XSRF-TOKEN", "t0k3n").build());
        assertThat(withToken.statusCode()).as("past the CSRF check, the unknown session is sent to log in")
                .isEqualTo(302);

        var sandbox = send(post("/sandbox/zarinpal/pg/StartPay/A1").header("Cookie", "SEHAT_SESSION=abc").build());
        assertThat(sandbox.statusCode()).as("the sandbox bank page stands in for another origin").isEqualTo(200);

        var wrongToken = send(post("/logout")
                .header("Cookie", "SEHAT_SESSION=abc; XSRF-TOKEN=t0k3n").header("X-XSRF-TOKEN", "other").build());
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void aBrowserGetsItsCsrfCookieWithAPage() throws Exception {
        var page = send(get("/verify").build());

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("XSRF-TOKEN=").contains("SameSite=Lax").doesNotContain("HttpOnly"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        var page = send(get("/verify").build());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void everyCallCarriesARequestIdToTheServiceAndBack() throws Exception {
        var fresh = send(get("/api/v1/verifications/1").build());
        String id = fresh.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(REQUEST_IDS).contains(id);

        var kept = send(get("/api/v1/verifications/2").header("X-Request-Id", "support-call-42").build());
        assertThat(kept.headers().firstValue("X-Request-Id")).contains("support-call-42");

        var replaced = send(get("/api/v1/verifications/3").header("X-Request-Id", "<script>").build());
        assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(value ->
                assertThat(value).matches("[0-9a-f-]{36}"));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpServer service() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                REQUEST_IDS.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
                SEEN.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] answer = "service".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
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
