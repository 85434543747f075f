package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.types.SeededTypeCatalogue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The bulk feature over in-memory stores and the real intake rules, for tests without a broker or a database. */
final class InMemoryBulk implements AutoCloseable {

    final SeededTypeCatalogue types = new SeededTypeCatalogue();
    final InMemoryBatches batches = new InMemoryBatches();
    final InMemoryFiles files = new InMemoryFiles();
    final InMemoryRowErrors rowErrors = new InMemoryRowErrors();
    final Map<String, Request> requests = new ConcurrentHashMap<>();
    final List<String> queued = new ArrayList<>();
    final ExecutorService workers = Executors.newFixedThreadPool(3);
    final Clock clock;
    final SubmittingRequest submitting;
    final ReceivingBatch receiving;
    final ProcessingBatch processing;

    InMemoryBulk(Clock clock, BulkSettings settings) {
        this.clock = clock;
        Requests store = requestsIn(requests);
        submitting = new SubmittingRequest(new RequestLifecycle(store, types, clock), store, types, clock);
        receiving = new ReceivingBatch(batches, files, queued::add, types, settings, clock);
        processing = new ProcessingBatch(batches, files, rowErrors, submitting, types, workers, settings, clock);
    }

    static BulkSettings settings(int chunkRows) {
        return new BulkSettings(50_000, 100, chunkRows, Duration.ofMinutes(2));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * Requests as intake uses them: unique by idempotency key and by open slot. Other features add to {@link Requests};
     * this answers only what intake calls, so that it keeps compiling as they do.
     */
    private static Requests requestsIn(Map<String, Request> stored) {
        return (Requests) Proxy.newProxyInstance(Requests.class.getClassLoader(), new Class<?>[] {Requests.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "insert" -> {
                        synchronized (stored) {
                            Request request = (Request) args[0];
                            String key = request.idempotencyKey();
                            boolean taken = stored.values().stream().anyMatch(r ->
                                    key != null && key.equals(r.idempotencyKey())
                                            || request.openFor() != null && request.openFor().equals(r.openFor()));
                            if (!taken) {
                                stored.put(request.id(), request);
                            }
                            yield !taken;
                        }
                    }
                    case "find" -> Optional.ofNullable(stored.get((String) args[0]));
                    case "findByIdempotencyKey" -> stored.values().stream()
                            .filter(r -> args[0].equals(r.idempotencyKey())).findFirst();
                    case "findOpen" -> stored.values().stream().filter(r -> args[0].equals(r.openFor())).findFirst();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "in-memory requests";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static final class InMemoryBatches implements Batches {

        final Map<String, Batch> stored = new ConcurrentHashMap<>();
        final List<Batch> saved = new ArrayList<>();

        @Override
        public boolean insert(Batch batch) {
            return stored.putIfAbsent(batch.id(), batch) == null;
        }

        @Override
        public synchronized void save(Batch batch) {
            saved.add(batch);
            stored.put(batch.id(), batch);
        }

        @Override
        public Optional<Batch> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public synchronized boolean claim(String id, Instant now, Instant until) {
            Batch batch = stored.get(id);
            if (batch == null || !BatchStatus.unfinished().contains(batch.status())
                    || batch.claimedUntil() != null && !batch.claimedUntil().isBefore(now)) {
                return false;
            }
            stored.put(id, batch.retryAfter(until));
            return true;
        }

        @Override
        public List<Batch> unclaimed(Instant now, int limit) {
            return stored.values().stream().filter(b -> BatchStatus.unfinished().contains(b.status()))
                    .filter(b -> b.claimedUntil() == null || b.claimedUntil().isBefore(now))
                    .sorted(Comparator.comparing(Batch::receivedAt)).limit(limit).toList();
        }

        @Override
        public List<Batch> newestFirst(String university, int page, int size) {
            return stored.values().stream().filter(b -> university == null || university.equals(b.university()))
                    .sorted(Comparator.comparing(Batch::receivedAt).reversed()).skip((long) page * size).limit(size)
                    .toList();
        }

        @Override
        public long count(String university) {
            return stored.values().stream().filter(b -> university == null || university.equals(b.university()))
                    .count();
        }
    }

    static final class InMemoryFiles implements BatchFiles {

        final Map<String, byte[]> stored = new ConcurrentHashMap<>();

        @Override
        public String store(String name, byte[] content) {
            String id = name + "#" + UUID.randomUUID();
            stored.put(id, content.clone());
            return id;
        }

        @Override
        public Optional<byte[]> read(String fileId) {
            return Optional.ofNullable(stored.get(fileId));
        }

        @Override
        public void delete(String fileId) {
            stored.remove(fileId);
        }
    }

    static final class InMemoryRowErrors implements RowErrors {

        final Map<String, RowError> stored = new LinkedHashMap<>();

        @Override
        public synchronized void addAll(List<RowError> errors) {
            errors.forEach(error -> stored.putIfAbsent(error.id(), error));
        }

        @Override
        public synchronized void clear(String batchId) {
            stored.values().removeIf(error -> error.batchId().equals(batchId));
        }

        @Override
        public synchronized List<RowError> of(String batchId) {
            Collection<RowError> all = stored.values();
            return all.stream().filter(error -> error.batchId().equals(batchId))
                    .sorted(Comparator.comparingInt(RowError::row)).toList();
        }
    }
}
