package ir.saorg.sehat.code.issuing.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssueFailure;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's codes with a read-through cache in front of {@link #recentlyByCode}, the one read public verification
 * makes. Every other read goes to the store, so that no change to a code is decided on a cached copy.
 *
 * <p>The cache keeps answers for at most {@code timeToLive} from when they were read, absent codes too (well-formed
 * guesses are most of what an attacker sends). Staleness is bounded three ways (docs/decisions/0010): a change made
 * through this instance forgets its code before the call returns; a change made by another instance reaches this one
 * as the code's event on Kafka ({@link #forget}), normally within milliseconds of the relay publishing it; and
 * whatever happens to Kafka, no entry outlives {@code timeToLive}. A read from the store is remembered only if no
 * forget began while it ran (checked under the key's lock, which the forget's removal also takes), so a read that
 * started before a change can answer its own request but cannot leave the old state behind.
 */
public class CachedCodes implements Codes {

    private final Codes store;
    private final Cache<String, Optional<IssuedCode>> recent;
    /** Counts forgets begun; a read remembers what it found only if none began while it ran. */
    private final AtomicLong forgets = new AtomicLong();

    public CachedCodes(Codes store, Duration timeToLive, long maximumSize) {
        this.store = store;
        this.recent = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).build();
    }

    @Override
    public Optional<IssuedCode> recentlyByCode(String digits) {
        Optional<IssuedCode> remembered = recent.getIfPresent(digits);
        if (remembered != null) {
            return remembered;
        }
        long before = forgets.get();
        Optional<IssuedCode> read = store.byCode(digits);
        recent.asMap().compute(digits, (key, current) -> forgets.get() == before ? read : current);
        return read;
    }

    /** Drops what this instance remembers of the code, after a change to it made anywhere. */
    public void forget(String digits) {
        if (digits != null) {
            forgets.incrementAndGet();
            recent.invalidate(digits);
        }
    }

    /** Drops everything this instance remembers. */
    public void forgetAll() {
        forgets.incrementAndGet();
        recent.invalidateAll();
    }

    @Override
    public Optional<IssuedCode> byCode(String digits) {
        return store.byCode(digits);
    }

    @Override
    public Optional<IssuedCode> byRequest(String requestId) {
        return store.byRequest(requestId);
    }

    @Override
    public Insert insert(IssuedCode code, List<IntegrationEvent> events) {
        try {
            return store.insert(code, events);
        } finally {
            forget(code.id());
        }
    }

    @Override
    public boolean recordFailure(IssueFailure failure, List<IntegrationEvent> events) {
        return store.recordFailure(failure, events);
    }

    @Override
    public boolean replace(String old, String replacement, IssuedCode.Revocation revocation,
                           List<IntegrationEvent> events) {
        try {
            return store.replace(old, replacement, revocation, events);
        } finally {
            forget(old);
        }
    }

    @Override
    public boolean extend(String digits, Instant expected, Instant expiresAt, int usedDays,
                          List<IntegrationEvent> events) {
        try {
            return store.extend(digits, expected, expiresAt, usedDays, events);
        } finally {
            forget(digits);
        }
    }

    @Override
    public boolean revoke(String digits, IssuedCode.Revocation revocation, List<IntegrationEvent> events) {
        try {
            return store.revoke(digits, revocation, events);
        } finally {
            forget(digits);
        }
    }
}
