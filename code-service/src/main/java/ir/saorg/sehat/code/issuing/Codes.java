package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where codes live. Uniqueness of both the code and its request is enforced by unique indexes, never by a read. */
public interface Codes {

    /** What happened to an attempt to store a new code. */
    enum Insert {
        /** Stored, with its events. */
        STORED,
        /** Another request already holds these digits; draw again. */
        CODE_TAKEN,
        /** This request already has a code (a repeated event, or another instance got there first). */
        REQUEST_HAS_CODE
    }

    Insert insert(IssuedCode code, List<IntegrationEvent> events);

    /** Records that no code could be issued for a request, with its events; false if that was already recorded. */
    boolean recordFailure(IssueFailure failure, List<IntegrationEvent> events);

    /** The code as stored now. Whatever decides on a change to a code reads it here. */
    Optional<IssuedCode> byCode(String digits);

    /**
     * The code as public verification may see it: possibly from this instance's cache, and then at most the cache's
     * time to live behind the store, usually far less (docs/decisions/0010). Only verification reads it this way.
     */
    default Optional<IssuedCode> recentlyByCode(String digits) {
        return byCode(digits);
    }

    /** The code issued for a request, if any. */
    Optional<IssuedCode> byRequest(String requestId);

    /**
     * Marks {@code old} as replaced by {@code replacement}: revokes it with {@code revocation} and its events if it is
     * not revoked yet; if it already is (an operator revoked it first), only records the replacement, without events.
     * False when nothing changed (already replaced, or no such code).
     */
    boolean replace(String old, String replacement, IssuedCode.Revocation revocation, List<IntegrationEvent> events);

    /**
     * Moves the code's expiry, if it still expires at {@code expected} and is not revoked, recording the days used
     * and clearing any expiry already announced; false otherwise (someone else changed it first).
     */
    boolean extend(String digits, Instant expected, Instant expiresAt, int usedDays, List<IntegrationEvent> events);

    /** Records the revocation with its events, unless the code is already revoked; false then, or if unknown. */
    boolean revoke(String digits, IssuedCode.Revocation revocation, List<IntegrationEvent> events);
}
