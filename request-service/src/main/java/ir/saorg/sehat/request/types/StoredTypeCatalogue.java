package ir.saorg.sehat.request.types;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The stored request types, read through a cache: the intake reads the current type on every submission (a bulk file
 * 50,000 times), so lookups are answered from memory.
 *
 * <ul>
 *   <li>Current versions are a snapshot of every type's latest version, reloaded when it is older than
 *   {@code refresh}. The first reader to find it stale reloads it; readers meanwhile keep the old snapshot, so none
 *   waits on the store. A failed reload keeps the old snapshot and is tried again after another {@code refresh}.</li>
 *   <li>A change saved through this instance ({@link #saved}) is in the snapshot at once; one saved by another
 *   instance shows here within {@code refresh}.</li>
 *   <li>Past versions never change, so each one read is kept.</li>
 * </ul>
 */
public final class StoredTypeCatalogue implements RequestTypeCatalogue {

    private static final System.Logger log = System.getLogger(StoredTypeCatalogue.class.getName());
    private static final int MAX_KEPT_VERSIONS = 10_000;

    private final RequestTypeVersions store;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private final ReentrantLock reloading = new ReentrantLock();
    private final Map<String, RequestType> versions = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, RequestType> current, List<RequestType> all, long loadedAt) {

        static Snapshot of(Map<String, RequestType> current, long loadedAt) {
            var sorted = new TreeMap<>(current);
            return new Snapshot(Map.copyOf(sorted), List.copyOf(sorted.values()), loadedAt);
        }
    }

    public StoredTypeCatalogue(RequestTypeVersions store, Duration refresh) {
        this(store, refresh, System::nanoTime);
    }

    /** With the ticker the snapshot's age is measured by (tests move it by hand). */
    public StoredTypeCatalogue(RequestTypeVersions store, Duration refresh, LongSupplier nanoTime) {
        this.store = store;
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
        this.snapshot = Snapshot.of(load(), nanoTime.getAsLong());
    }

    @Override
    public List<RequestType> all() {
        return fresh().all();
    }

    @Override
    public Optional<RequestType> current(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(fresh().current().get(code));
    }

    @Override
    public Optional<RequestType> version(String code, int version) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code + "/" + version;
        RequestType kept = versions.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        RequestType current = snapshot.current().get(code);
        if (current != null && current.version() == version) {
            return Optional.of(current);
        }
        Optional<RequestType> stored = store.find(code, version).map(TypeVersion::type);
        stored.ifPresent(this::keep);
        return stored;
    }

    /** A version this instance has just stored: current at once here. */
    public void saved(TypeVersion saved) {
        keep(saved.type());
        reloading.lock();
        try {
            Snapshot now = snapshot;
            var current = new HashMap<>(now.current());
            current.merge(saved.code(), saved.type(), StoredTypeCatalogue::newer);
            snapshot = Snapshot.of(current, now.loadedAt());
        } finally {
            reloading.unlock();
        }
    }

    private Snapshot fresh() {
        Snapshot now = snapshot;
        if (nanoTime.getAsLong() - now.loadedAt() < refreshNanos || !reloading.tryLock()) {
            return now;
        }
        try {
            now = snapshot;
            long started = nanoTime.getAsLong();
            if (started - now.loadedAt() < refreshNanos) {
                return now;
            }
            Map<String, RequestType> loaded;
            try {
                loaded = load();
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.WARNING, "Could not reload the request types; serving the last ones read",
                        e);
                snapshot = new Snapshot(now.current(), now.all(), started);
                return snapshot;
            }
            // Versions only grow: a change saved here while the store was being read must not be lost to it.
            var merged = new HashMap<>(loaded);
            now.current().forEach((code, type) -> merged.merge(code, type, StoredTypeCatalogue::newer));
            snapshot = Snapshot.of(merged, started);
            return snapshot;
        } finally {
            reloading.unlock();
        }
    }

    private Map<String, RequestType> load() {
        var current = new HashMap<String, RequestType>();
        for (TypeVersion latest : store.latestOfEvery()) {
            current.merge(latest.code(), latest.type(), StoredTypeCatalogue::newer);
        }
        return current;
    }

    private void keep(RequestType type) {
        if (versions.size() >= MAX_KEPT_VERSIONS) {
            versions.clear();
        }
        versions.put(type.code() + "/" + type.version(), type);
    }

    private static RequestType newer(RequestType a, RequestType b) {
        return Comparator.comparingInt(RequestType::version).compare(a, b) >= 0 ? a : b;
    }
}
