package ir.saorg.sehat.notification.benchmark;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.code.CodeExpired;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.notification.NotificationScenarios;
import ir.saorg.sehat.notification.announcing.Mailbox;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.DeliveryState;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.delivery.persistence.MongoDeliveries;
import ir.saorg.sehat.notification.recipients.Contact;
import ir.saorg.sehat.notification.recipients.Contacts;
import ir.saorg.sehat.notification.recipients.RequestRecipient;
import ir.saorg.sehat.notification.recipients.RequestRecipients;
import ir.saorg.sehat.notification.templates.Language;
import ir.saorg.sehat.notification.webhooks.BlackHole;
import ir.saorg.sehat.notification.webhooks.Registering;
import ir.saorg.sehat.notification.webhooks.Subscription;
import ir.saorg.sehat.platform.testing.SehatServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test (its name keeps it out of the build): measures, in one JVM on this machine, e-mail throughput to an SMTP
 * server (GreenMail, as in ./sehat up) and webhook fan-out to subscribers on loopback at a steady event rate while one
 * subscriber is dead (accepts connections, never answers). The service runs with its production retry, time-out and
 * breaker settings. Run:
 *
 * <pre>./mvnw -B -ntp -o -q test -pl infra/events,notification-service -am -Dtest=NotificationBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.mails=2000 -Dbench.subscribers=50 -Dbench.rate=200 -Dbench.seconds=10 \
 *     -Dbench.batch=1,100]
 * cat notification-service/target/benchmark/notifications.txt</pre>
 */
@SehatServerIntegrationTest
@TestPropertySource(properties = {
        "sehat.notification.webhooks.request-timeout=5s",
        "sehat.notification.webhooks.connect-timeout=2s",
        "sehat.notification.delivery.poll-interval=500ms",
        "sehat.notification.delivery.retry.webhook.first=1s",
        "sehat.notification.delivery.retry.webhook.longest=1h",
        "sehat.notification.delivery.retry.webhook.give-up-after=24h",
        "resilience4j.circuitbreaker.configs.webhook.wait-duration-in-open-state=30s",
        "logging.level.ir.saorg.sehat.notification.delivery=WARN"})
class NotificationBenchmark extends NotificationScenarios {

    static final int MAILS = Integer.getInteger("bench.mails", 2000);
    static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 50);
    static final int RATE = Integer.getInteger("bench.rate", 200);
    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    /** One webhook phase per value: the subscriptions' maxEventsPerBatch (1: one event per POST). */
    static final List<Integer> BATCHES = java.util.Arrays.stream(System.getProperty("bench.batch", "1,100").split(","))
            .map(String::strip).map(Integer::valueOf).toList();

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    RequestRecipients recipients;
    @Autowired
    Contacts contacts;
    @Autowired
    Registering registering;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    @Qualifier(DeliveryConfiguration.STAFF)
    Deliveries staffDeliveries;
    @Autowired
    @Qualifier(DeliveryConfiguration.WEBHOOKS)
    Deliveries webhookDeliveries;

    final List<String> report = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }

    @Test
    void measure() throws IOException {
        say("notification benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, one JVM "
                + "(in-process Kafka, in-memory MongoDB-wire server, GreenMail, subscribers on loopback)");
        mail();
        for (int batch : BATCHES) {
            webhooks(batch);
        }
        Path out = Path.of("target", "benchmark", "notifications.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        assertThat(report).isNotEmpty();
    }

    void mail() {
        contacts.save(new Contact("bench.mail", "bench@ut.ac.ir", null, Language.FA,
                Set.of(ir.saorg.sehat.notification.delivery.Channel.EMAIL), Instant.now()));
        int before = Mailbox.SMTP.getReceivedMessages().length;
        List<CodeIssued> events = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            UUID requestId = UUID.randomUUID();
            recipients.remember(new RequestRecipient(requestId.toString(), "bench.mail", "ut", "ENROLMENT_CERTIFICATE",
                    "گواهی اشتغال به تحصیل", "Enrolment certificate", Instant.now()));
            Instant now = Instant.now();
            events.add(new CodeIssued(UUID.randomUUID(), now, requestId, "48213390577126048835",
                    "ENROLMENT_CERTIFICATE", "049*****99", now, now.plus(Duration.ofDays(180))));
        }
        long started = System.nanoTime();
        long cpuBefore = cpuNanos();
        events.forEach(sender::send);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Mailbox.SMTP.getReceivedMessages().length - before >= MAILS);
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = cpuNanos() - cpuBefore;
        List<Long> latencies = new ArrayList<>();
        for (CodeIssued event : events) {
            staffDeliveries.forRequest(event.requestId().toString()).stream()
                    .filter(d -> d.state() == DeliveryState.SENT && d.sentAt() != null)
                    .forEach(d -> latencies.add(Duration.between(event.occurredAt(), d.sentAt()).toMillis()));
        }
        say(String.format("e-mail: %d messages (Persian HTML + text) from CodeIssued on Kafka to the SMTP server in "
                + "%.1f s = %.0f messages/s; event → SMTP accepted: %s", MAILS, seconds, MAILS / seconds,
                percentiles(latencies)));
        say(cpu(cpu, MAILS, "message"));
    }

    void webhooks(int batch) {
        List<LeanSubscriber> live = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            live.add(new LeanSubscriber());
        }
        List<Subscription> registered = new ArrayList<>();
        String mode = batch == 1 ? "webhooks, one event per POST" : "webhooks, batches of up to " + batch + " events";
        try (BlackHole dead = BlackHole.open()) {
            Subscription deadSubscription = registering.register(dead.url(), List.of(EventTypes.CODE_EXPIRED.name()),
                    "dead on purpose", "bench", batch);
            registered.add(deadSubscription);
            for (LeanSubscriber subscriber : live) {
                Subscription s = registering.register(subscriber.url(), List.of(EventTypes.CODE_EXPIRED.name()),
                        "bench", "bench", batch);
                registered.add(s);
                subscriber.secret = s.secret();
            }
            int total = RATE * SECONDS;
            Map<String, Long> publishedAt = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            long cpuBefore = cpuNanos();
            Map<String, Long> threadsBefore = ThreadCpu.byGroup();
            long interval = 1_000_000_000L / RATE;
            List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> published = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                LockSupport.parkNanos(Math.max(0, start + i * interval - System.nanoTime()));
                UUID eventId = UUID.randomUUID();
                publishedAt.put(eventId.toString(), System.nanoTime());
                published.add(sender.publish(new CodeExpired(eventId, Instant.now(), UUID.randomUUID(),
                        "48213390577126048835", "ENROLMENT_CERTIFICATE", Instant.now())));
            }
            sender.flush(published);
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            long expected = (long) total * SUBSCRIBERS;
            try {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                        .until(() -> live.stream().mapToLong(s -> s.received.size()).sum() >= expected);
            } catch (org.awaitility.core.ConditionTimeoutException stuck) {
                List<String> liveIds = registered.stream().map(Subscription::id)
                        .filter(id -> !id.equals(deadSubscription.id())).toList();
                say("webhooks: not all received after 5 minutes: " + live.stream().mapToLong(s -> s.received.size()).sum()
                        + " of " + expected + "; the live subscribers' deliveries by state and last error (those never"
                        + " recorded are missing here): " + mongo.getCollection(MongoDeliveries.WEBHOOKS).aggregate(List.of(
                                new org.bson.Document("$match", new org.bson.Document("recipient",
                                        new org.bson.Document("$in", liveIds))),
                                new org.bson.Document("$group", new org.bson.Document("_id", new org.bson.Document(
                                        "state", "$state").append("error", "$lastError"))
                                        .append("n", new org.bson.Document("$sum", 1)))))
                        .into(new ArrayList<>()));
                throw stuck;
            }
            double allSeconds = (System.nanoTime() - start) / 1e9;
            long cpu = cpuNanos() - cpuBefore;

            List<Long> lags = new ArrayList<>();
            long worstSubscriberLag = 0;
            long badSignatures = 0;
            long duplicates = 0;
            for (LeanSubscriber subscriber : live) {
                long worst = 0;
                for (var entry : subscriber.received.entrySet()) {
                    long lag = (entry.getValue() - publishedAt.get(entry.getKey())) / 1_000_000;
                    lags.add(lag);
                    worst = Math.max(worst, lag);
                }
                worstSubscriberLag = Math.max(worstSubscriberLag, worst);
                badSignatures += subscriber.badSignatures.get();
                duplicates += subscriber.duplicates.get();
            }
            long within = lags.stream().filter(l -> l <= 1000).count();
            var deadDeliveries = webhookDeliveries.forRecipient(deadSubscription.id(), Instant.EPOCH, null, total + 1);
            long deadAttempts = deadDeliveries.stream().mapToLong(d -> d.attempts()).sum();
            long deadFailed = deadDeliveries.stream().filter(d -> d.state() == DeliveryState.FAILED).count();
            long posts = live.stream().mapToLong(s -> s.posts.get()).sum();
            say(String.format("%s: %d events at %d/s for %d s (published in %.1f s) to %d live subscribers + 1 dead "
                    + "= %d live deliveries, all received %.1f s after the first event (%.0f deliveries/s)%s",
                    mode, total, RATE, SECONDS, publishSeconds, SUBSCRIBERS, expected, allSeconds, expected / allSeconds,
                    batch == 1 ? "" : String.format("; %d POSTs, %.1f events each on average", posts,
                            posts == 0 ? 0.0 : (double) expected / posts)));
            say(String.format("webhooks: event published → subscriber received: %s; %.2f %% within 1 s; the most any "
                    + "subscriber fell behind: %d ms; bad signatures: %d; deliveries received again (same delivery id, "
                    + "deduplicated by the subscriber): %d", percentiles(lags), 100.0 * within / lags.size(),
                    worstSubscriberLag, badSignatures, duplicates));
            say(String.format("webhooks: the dead subscriber: %d connections accepted and never answered, %d attempts "
                    + "recorded over %d deliveries, %d waiting to be retried (back-off 1 s doubling to 1 h, for 24 h)",
                    dead.accepted(), deadAttempts, deadDeliveries.size(), deadFailed));
            say(cpu(cpu, expected, "live delivery"));
            say("where that CPU went (platform threads; virtual threads count on their carriers): "
                    + ThreadCpu.report(threadsBefore, ThreadCpu.byGroup(), cpu, expected));
        } finally {
            registered.forEach(s -> registering.delete(s.id()));
            live.forEach(LeanSubscriber::close);
        }
    }

    /**
     * CPU time of the whole JVM (service, broker, store, SMTP server, subscribers) over a phase: unlike the rates, it
     * hardly depends on what else runs on the machine, so it says what two cores of our own would sustain.
     */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String cpu(long nanos, long units, String unit) {
        if (units == 0) {
            return "CPU: nothing measured";
        }
        double perUnit = nanos / 1e3 / units;
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("CPU of the whole JVM: %.1f s, %.0f µs per %s; %d cores of its own would sustain at most "
                + "about %.0f per second", nanos / 1e9, perUnit, unit, cores, cores * 1e6 / perUnit);
    }

    static String percentiles(List<Long> values) {
        if (values.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d samples)", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted.getLast(), sorted.size());
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    void say(String line) {
        report.add(line);
        System.out.println(line);
    }
}
