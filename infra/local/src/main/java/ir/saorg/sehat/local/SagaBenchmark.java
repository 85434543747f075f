package ir.saorg.sehat.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits requests through the gateway of a running stack and reports how long each took to show its code:
 * once for a single request (after 20 to warm up), then for a burst sent at once. Figures are from the server's own timestamps (submitted
 * at request-service → CODE_ISSUED recorded by request-service) and, coarser, as the client saw them.
 */
final class SagaBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SUBMITTED = Pattern.compile("\"submittedAt\":\"([^\"]+)\"");
    private static final Pattern CODE_RECORDED = Pattern.compile("\"what\":\"CODE_ISSUED\",\"at\":\"([^\"]+)\"");
    private static final Pattern ANNOUNCED = Pattern.compile("\"resultAnnouncedAt\":\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private final String bearer;
    private final SplittableRandom random = new SplittableRandom();

    private SagaBenchmark(int gatewayPort, String issuer) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
        this.base = "http://127.0.0.1:" + gatewayPort;
        this.bearer = "Bearer " + staffToken(issuer);
    }

    /** Submits as the University of Tehran's system, with a client-credentials token of the identity provider. */
    private String staffToken(String issuer) {
        try {
            String credentials = java.util.Base64.getEncoder().encodeToString(
                    "ut-system:ut-system-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String body = client.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("the identity provider gave no token: " + body);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the identity provider at " + issuer + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void run(int gatewayPort, String issuer, int burst, PrintStream out) {
        var bench = new SagaBenchmark(gatewayPort, issuer);
        out.println("Saga benchmark against " + bench.base);
        bench.measure(20, Duration.ofMillis(50));
        Result one = bench.measure(1, Duration.ofMillis(5));
        out.println(one.describe("one request"));
        Result many = bench.measure(burst, Duration.ofMillis(50));
        out.println(many.describe(burst + " requests sent at once"));
    }

    private Result measure(int count, Duration pollEvery) {
        Instant start = Instant.now();
        Map<String, Instant> sent = new ConcurrentHashMap<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                executor.submit(() -> {
                    Instant at = Instant.now();
                    submit().ifPresent(id -> sent.put(id, at));
                });
            }
        }
        Instant allSubmitted = Instant.now();
        Map<String, Sample> done = new ConcurrentHashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        // Polling every request would load the very system being measured: wait on the last one submitted, then
        // read the others (their figures come from the server's timestamps, so reading them late changes nothing).
        sent.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(last -> {
            while (!done.containsKey(last.getKey()) && Instant.now().isBefore(deadline)) {
                sample(last.getKey(), last.getValue()).ifPresent(s -> done.put(last.getKey(), s));
                sleep(pollEvery);
            }
        });
        var limit = new Semaphore(16);
        while (done.size() < sent.size() && Instant.now().isBefore(deadline)) {
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (var entry : sent.entrySet()) {
                    if (done.containsKey(entry.getKey())) {
                        continue;
                    }
                    executor.submit(() -> {
                        limit.acquireUninterruptibly();
                        try {
                            sample(entry.getKey(), entry.getValue()).ifPresent(s -> done.put(entry.getKey(), s));
                        } finally {
                            limit.release();
                        }
                    });
                }
            }
            sleep(pollEvery);
        }
        return new Result(count, sent.size(), List.copyOf(done.values()), Duration.between(start, allSubmitted),
                Duration.between(start, Instant.now()));
    }

    private Optional<String> submit() {
        String body = """
                {"type":"ENROLMENT_CERTIFICATE","fields":{"nationalId":"%s","studentNumber":"%d","fullName":"زهرا احمدی"}}"""
                .formatted(nationalId(), 4_000_000_000L + random.nextInt(1_000_000_000));
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/requests"))
                    .header("Content-Type", "application/json").header("Authorization", bearer).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = ID.matcher(response.body());
            return response.statusCode() == 202 && m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Sample> sample(String id, Instant sentAt) {
        try {
            String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/requests/" + id))
                    .header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher recorded = CODE_RECORDED.matcher(body);
            Matcher submitted = SUBMITTED.matcher(body);
            if (!recorded.find() || !submitted.find()) {
                return Optional.empty();
            }
            Matcher announced = ANNOUNCED.matcher(body);
            Instant submittedAt = Instant.parse(submitted.group(1));
            return Optional.of(new Sample(Duration.between(submittedAt, Instant.parse(recorded.group(1))),
                    announced.find() ? Duration.between(submittedAt, Instant.parse(announced.group(1))) : null,
                    Duration.between(sentAt, Instant.now())));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A random valid national ID: nine digits and their check digit. */
    private String nationalId() {
        String nine;
        do {
            nine = String.format("%09d", random.nextInt(1_000_000_000));
        } while (nine.chars().distinct().count() == 1);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Sample(Duration toCode, Duration toAnnouncement, Duration clientObserved) {
    }

    record Result(int asked, int accepted, List<Sample> samples, Duration submitting, Duration total) {

        String describe(String what) {
            return String.format("""
                    %s: %d accepted of %d, %d with a code; all submitted in %d ms, all codes visible after %d ms
                      submit -> code recorded (server):     %s
                      submit -> result announced (server):  %s
                      submit -> code seen by client (polled, an upper bound in a burst): %s""",
                    what, accepted, asked, samples.size(), submitting.toMillis(), total.toMillis(),
                    stats(samples.stream().map(Sample::toCode).toList()),
                    stats(samples.stream().map(Sample::toAnnouncement).filter(d -> d != null).toList()),
                    stats(samples.stream().map(Sample::clientObserved).toList()));
        }

        private static String stats(List<Duration> durations) {
            if (durations.isEmpty()) {
                return "n/a";
            }
            List<Long> ms = new ArrayList<>(durations.stream().map(Duration::toMillis).toList());
            Collections.sort(ms);
            return String.format("p50 %d ms, p90 %d ms, p99 %d ms, max %d ms", at(ms, 0.50), at(ms, 0.90), at(ms, 0.99),
                    ms.getLast());
        }

        private static long at(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
        }
    }
}
