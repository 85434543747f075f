package ir.saorg.sehat.code.benchmark;

import ir.saorg.sehat.code.issuing.IssuingCode;
import ir.saorg.sehat.code.issuing.persistence.MongoCodes;
import ir.saorg.sehat.code.verification.VerificationAudit;
import ir.saorg.sehat.code.verification.VerificationResult;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing and verification throughput of code-service alone, in one JVM: the whole application on a random port
 * with an in-process Kafka broker and the store of {@link BenchmarkStore}. Prints figures and asserts only that the
 * work was done; not part of the test suite (the name does not end in Test). Run, from the repository root:
 *
 * <pre>
 * ./mvnw -B -ntp -o -q test -pl code-service -am -Dtest=CodeServiceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dsehat.bench.store=memory] [-Dsehat.bench.codes=50000] [-Dsehat.bench.verifications=50000] \
 *     [-Dsehat.bench.clients=32] [-Dsehat.bench.client=lean|jdk]
 * cat code-service/target/benchmark/figures.txt
 * </pre>
 *
 * Issuing calls {@link IssuingCode} from 3 threads (the consumer threads of one instance), skipping Kafka delivery
 * and the processed-event record. Verification sends GETs from 32 concurrent clients (by default) over HTTP/1.1
 * keep-alive connections, each with its own {@link LeanHttpClient} (or the JDK's client): after a warm-up of each, two rounds of the no-op endpoint, well-formed codes nobody was
 * issued, and the codes just issued (the first phase after too short a warm-up pays the JIT compiler's work).
 * Beside each rate it prints the JVM's CPU time per request, which other work on the machine disturbs far less than
 * it disturbs rates and latencies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "sehat.platform.partitions=2",
        "spring.cloud.stream.kafka.binder.min-partition-count=2",
        "sehat.code.verification.per-client-per-minute=100000000",
        "sehat.code.verification.per-code-per-minute=100000000",
        "logging.level.root=WARN"})
@EmbeddedKafka(partitions = 2, topics = {Topics.REQUEST_EVENTS, Topics.CODE_EVENTS})
@Import(TestTokens.TrustTestTokens.class)
@ContextConfiguration(initializers = BenchmarkStore.class)
@ActiveProfiles("benchmark")
class CodeServiceBenchmark {

    static final int ISSUING_THREADS = 3;
    static final int CLIENTS = Integer.getInteger("sehat.bench.clients", 32);
    /** {@code lean} (default): {@link LeanHttpClient} on platform threads; {@code jdk}: the JDK's client on virtual ones. */
    static final String CLIENT = System.getProperty("sehat.bench.client", "lean");
    /** CPU time of this whole JVM (service, store, broker and client): steadier than rates on a shared machine. */
    static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    @LocalServerPort
    int port;
    @Autowired
    IssuingCode issuing;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    VerificationAudit audit;

    final Figures figures = new Figures();

    @Test
    void issuesThenVerifies() throws Exception {
        int codes = Integer.getInteger("sehat.bench.codes", 50_000);
        int verifications = Integer.getInteger("sehat.bench.verifications", 50_000);
        figures.line("code-service benchmark, store: " + BenchmarkStore.described() + "; "
                + Runtime.getRuntime().availableProcessors() + " processors; client: " + CLIENT + ", " + CLIENTS
                + " connections; " + Instant.now());

        issue(codes / 10, false);
        awaitPublished();
        long cpuBefore = CPU.getProcessCpuTime();
        long started = System.nanoTime();
        issue(codes, true);
        awaitPublished();
        figures.line("  ... and all their CodeIssued events published to Kafka by the outbox relay: %,8.0f codes/s  CPU %,5.0f µs/code"
                .formatted(codes / ((System.nanoTime() - started) / 1e9),
                        (CPU.getProcessCpuTime() - cpuBefore) / 1e3 / codes));
        assertThat(mongo.count(new Query(), MongoCodes.COLLECTION)).isEqualTo(codes + codes / 10);

        List<String> issued = mongo.findDistinct(new Query(), "_id", MongoCodes.COLLECTION, String.class);
        List<String> unknown = wellFormedCodes(10_000);
        try (var jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            Clients clients = "jdk".equals(CLIENT) ? new Clients(jdk, port) : new Clients(null, port);
            measure(clients, "/api/v1/benchmark/noop/", unknown, verifications / 2, null);
            measure(clients, "/api/v1/verifications/", issued, verifications / 2, null);
            measure(clients, "/api/v1/verifications/", unknown, verifications / 2, null);
            for (int round = 1; round <= 2; round++) {
                figures.line("  round " + round + ":");
                measure(clients, "/api/v1/benchmark/noop/", unknown, verifications, "no-op");
                measure(clients, "/api/v1/verifications/", unknown, verifications, "unknown codes");
                measure(clients, "/api/v1/verifications/", issued, verifications, "issued codes");
            }
        }
        compareAuditWrites(verifications);
        figures.write();
    }

    /**
     * The audit write alone, from 32 concurrent virtual threads: one insert per entry (as the audit wrote until
     * group commit) against the audit as wired, alternating so that both meet the same machine.
     */
    private void compareAuditWrites(int entries) throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            boolean report = round > 0;
            auditWrites("one insert each", entries, entry -> mongo.insert(entry, "verifications"), report);
            auditWrites("group commit", entries, audit::record, report);
        }
    }

    private void auditWrites(String label, int count, java.util.function.Consumer<VerificationAudit.Entry> write,
                             boolean report) throws InterruptedException {
        var next = new AtomicInteger();
        Instant now = Instant.now();
        long cpuBefore = CPU.getProcessCpuTime();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < CLIENTS; worker++) {
                executor.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        write.accept(new VerificationAudit.Entry("0000000000000000000" + (i % 10), now,
                                VerificationResult.VALID, false, "bench-client", "ENROLMENT_CERTIFICATE", "ut"));
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMicros = (CPU.getProcessCpuTime() - cpuBefore) / 1e3 / count;
        if (report) {
            figures.line("  audit write, %-16s %,8.0f entries/s  CPU %,4.0f µs/entry  (%,d entries, %d threads)"
                    .formatted(label, count / seconds, cpuMicros, count, CLIENTS));
        }
    }

    /** Waits until the relay has published every pending event, so that it does not compete with what comes next. */
    private void awaitPublished() {
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> !mongo.exists(new Query(org.springframework.data.mongodb.core.query.Criteria
                        .where("outbox.0").exists(true)), MongoCodes.COLLECTION));
    }

    private void issue(int count, boolean report) throws InterruptedException {
        List<RequestApproved> approvals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            approvals.add(new RequestApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "ENROLMENT_CERTIFICATE",
                    new RequestApproved.Holder("0499370899", "4011234567", "زهرا احمدی"), 180,
                    new RequestApproved.TypeName("گواهی اشتغال به تحصیل", "Enrolment certificate"), "ut", 90));
        }
        var next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(ISSUING_THREADS);
        for (int t = 0; t < ISSUING_THREADS; t++) {
            threads.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    issuing.onRequestApproved(approvals.get(i));
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (report) {
            figures.line("  issuing through IssuingCode, %d threads: %,8.0f codes/s  (%,d codes in %.1f s)"
                    .formatted(ISSUING_THREADS, count / seconds, count, seconds));
        }
    }

    /** One GET as the benchmark's client sends it; returns the status. */
    interface Get extends AutoCloseable {

        int get(String path) throws IOException, InterruptedException;

        @Override
        default void close() throws IOException {
        }
    }

    /** Makes each worker's client: its own {@link LeanHttpClient}, or a share of the JDK's client when one is given. */
    record Clients(HttpClient jdk, int port) {

        Get open() {
            if (jdk == null) {
                return new LeanHttpClient("127.0.0.1", port);
            }
            return path -> jdk.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        ExecutorService workers() {
            return jdk == null ? Executors.newFixedThreadPool(CLIENTS) : Executors.newVirtualThreadPerTaskExecutor();
        }
    }

    /** Sends the requests; reports them under {@code label}, or not at all (a warm-up) when it is null. */
    private void measure(Clients clients, String prefix, List<String> codes, int requests, String label) {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        var next = new AtomicInteger();
        long cpuBefore = CPU.getProcessCpuTime();
        long started = System.nanoTime();
        try (var executor = clients.workers()) {
            for (int worker = 0; worker < CLIENTS; worker++) {
                executor.submit(() -> {
                    try (Get client = clients.open()) {
                        int i;
                        while ((i = next.getAndIncrement()) < requests) {
                            long t0 = System.nanoTime();
                            try {
                                if (client.get(prefix + codes.get(i % codes.size())) != 200) {
                                    failures.incrementAndGet();
                                }
                            } catch (IOException e) {
                                failures.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMicros = (CPU.getProcessCpuTime() - cpuBefore) / 1e3 / requests;
        assertThat(failures.get()).as("answers other than 200").isZero();
        if (label != null) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            figures.line("  %-14s %,8.0f requests/s  p50 %5.2f ms  p99 %6.2f ms  CPU %,5.0f µs/request  (%,d requests, %d clients)"
                    .formatted(label, requests / seconds, sorted.get(sorted.size() / 2) / 1e6,
                            sorted.get((int) (sorted.size() * 0.99)) / 1e6, cpuMicros, requests, CLIENTS));
        }
    }

    private static List<String> wellFormedCodes(int count) {
        var random = new SplittableRandom(1405);
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(ir.saorg.sehat.code.format.VerificationCode.generate(random).digits());
        }
        return codes;
    }

    /** Figures printed to the test's output and kept in target/benchmark/figures.txt. */
    static final class Figures {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            System.out.println(line);
            text.append(line).append('\n');
        }

        void write() throws IOException {
            var file = java.nio.file.Path.of("target", "benchmark", "figures.txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }
}
