package ir.saorg.sehat.code.validity;

import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeExpired;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Publishes CodeExpired once for every code past its expiry. Verification needs none of this (it compares the expiry
 * with the time it answers); downstream systems do. The embedded store has no TTL indexes, so a scheduled job calls
 * this; several instances may run it at once, and each code is still announced once, because marking it is a
 * conditional update.
 */
public class AnnouncingExpiry {

    static final int BATCH = 500;

    private final ExpiringCodes codes;
    private final Clock clock;

    public AnnouncingExpiry(ExpiringCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** @return how many codes this call announced */
    public int announceDue() {
        int announced = 0;
        List<IssuedCode> due;
        do {
            Instant now = clock.instant();
            due = codes.expiredUnannounced(now, BATCH);
            for (IssuedCode code : due) {
                var expired = new CodeExpired(UUID.randomUUID(), now, UUID.fromString(code.requestId()), code.id(),
                        code.requestType(), code.expiresAt());
                if (codes.announce(code, now, List.of(expired))) {
                    announced++;
                }
            }
        } while (due.size() == BATCH);
        return announced;
    }
}
