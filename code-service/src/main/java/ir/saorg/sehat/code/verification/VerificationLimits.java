package ir.saorg.sehat.code.verification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;

/**
 * Token buckets per client and per code. A verifier at an embassy checks a few codes a minute; harvesting codes needs
 * millions of guesses, so a per-client limit makes guessing hopeless, and a per-code limit stops many clients from
 * hammering one code. Buckets live in this instance's memory, bounded and forgotten when idle; with several
 * instances each enforces its own share.
 */
public class VerificationLimits {

    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> codes;
    private final int perClientPerMinute;
    private final int perCodePerMinute;

    public VerificationLimits(int perClientPerMinute, int perCodePerMinute) {
        this.perClientPerMinute = perClientPerMinute;
        this.perCodePerMinute = perCodePerMinute;
        this.clients = Caffeine.newBuilder().maximumSize(1_000_000).expireAfterAccess(Duration.ofMinutes(10)).build();
        this.codes = Caffeine.newBuilder().maximumSize(1_000_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** @throws Throttled when this client has used its share */
    public void takeForClient(String client) {
        take("client", clients.get(client, k -> perMinute(perClientPerMinute)));
    }

    /** @throws Throttled when this code has been verified too often */
    public void takeForCode(String code) {
        take("code", codes.get(code, k -> perMinute(perCodePerMinute)));
    }

    private static void take(String limit, Bucket bucket) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new Throttled(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Bucket perMinute(int tokens) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(tokens).refillGreedy(tokens, Duration.ofMinutes(1))
                .build()).build();
    }
}
