package ir.saorg.sehat.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verification throughput and latency against code-service directly, beside its no-op endpoint in the same run.
 * Needs the stack started with {@code SPRING_PROFILES_ACTIVE=benchmark} and limits raised (see docs/runbook.md).
 */
final class VerificationBenchmark {

    private static final int CONCURRENCY = 32;

    private VerificationBenchmark() {
    }

    static void run(int codePort, int requests, PrintStream out) {
        String base = "http://127.0.0.1:" + codePort;
        var random = new SplittableRandom(1405);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(wellFormedCode(random));
        }
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            out.println("Verification benchmark against code-service at " + base + ", " + CONCURRENCY + " concurrent clients");
            measure(client, base + "/api/v1/benchmark/noop/", codes, requests / 5, null);
            measure(client, base + "/api/v1/verifications/", codes, requests / 5, null);
            measure(client, base + "/api/v1/benchmark/noop/", codes, requests, out);
            measure(client, base + "/api/v1/verifications/", codes, requests, out);
        }
    }

    private static void measure(HttpClient client, String prefix, List<String> codes, int requests, PrintStream out) {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        var next = new AtomicInteger();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < CONCURRENCY; worker++) {
                executor.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        try {
                            var response = client.send(HttpRequest.newBuilder(URI.create(prefix + codes.get(i % codes.size())))
                                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (out != null) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            out.printf("  %-28s %,8.0f requests/s  p50 %5.2f ms  p99 %6.2f ms  (%,d requests, %,d not 200)%n",
                    URI.create(prefix).getPath(), requests / seconds,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, requests,
                    failures.get());
        }
    }

    /** 19 random digits and their Damm check digit: a code verification will look up (almost surely UNKNOWN). */
    private static String wellFormedCode(SplittableRandom random) {
        int[][] table = {{0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
                {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
                {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
                {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};
        var digits = new StringBuilder();
        int interim = 0;
        for (int i = 0; i < 19; i++) {
            int d = random.nextInt(10);
            digits.append(d);
            interim = table[interim][d];
        }
        return digits.append(interim).toString();
    }
}
