package ir.saorg.sehat.request.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The store in memory, counting its reads, with a unique (code, version) like the real one. */
class InMemoryTypeVersions implements RequestTypeVersions {

    private final Map<String, TypeVersion> versions = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();
    volatile boolean failing;

    @Override
    public boolean insert(TypeVersion version) {
        return versions.putIfAbsent(version.code() + "/" + version.version(), version) == null;
    }

    @Override
    public Optional<TypeVersion> latest(String code) {
        read();
        return versions.values().stream().filter(v -> v.code().equals(code))
                .max(Comparator.comparingInt(TypeVersion::version));
    }

    @Override
    public List<TypeVersion> latestOfEvery() {
        read();
        var latest = new ConcurrentHashMap<String, TypeVersion>();
        versions.values().forEach(v -> latest.merge(v.code(), v, (a, b) -> a.version() >= b.version() ? a : b));
        return new ArrayList<>(latest.values());
    }

    @Override
    public Optional<TypeVersion> find(String code, int version) {
        read();
        return Optional.ofNullable(versions.get(code + "/" + version));
    }

    @Override
    public List<TypeVersion> historyOf(String code) {
        read();
        return versions.values().stream().filter(v -> v.code().equals(code))
                .sorted(Comparator.comparingInt(TypeVersion::version).reversed()).toList();
    }

    private void read() {
        if (failing) {
            throw new IllegalStateException("store unavailable");
        }
        reads.incrementAndGet();
    }
}
