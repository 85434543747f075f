package ir.saorg.sehat.payment.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sandbox sessions are kept. Every change of status is conditional on the status it starts from, and says
 * whether it happened, so that two concurrent callers cannot both make the same move (pay twice, verify twice).
 */
public interface SandboxSessions {

    /** Stores a new session; false when its authority is taken. */
    boolean insert(SandboxSession session);

    Optional<SandboxSession> find(String authority);

    /** {@code IN_BANK → PAID}. */
    boolean markPaid(String authority, Instant paidAt, long refId, String cardPan, String cardHash);

    /** {@code IN_BANK → FAILED}. */
    boolean markFailed(String authority);

    /** {@code PAID → VERIFIED}. */
    boolean markVerified(String authority, Instant verifiedAt);

    /** {@code VERIFIED → REVERSED}. */
    boolean markReversed(String authority, Instant reversedAt);

    /** {@code VERIFIED → REFUNDED}. */
    boolean markRefunded(String authority, String refundId, long amount, Instant refundedAt);

    /** Overwrites a session's amount, whatever its status (the control API's tampering); false if unknown. */
    boolean changeAmount(String authority, long amount);

    /** The merchant's sessions that are {@code PAID} and not verified, oldest payment first. */
    List<SandboxSession> paidUnverified(String merchantId);

    /** The merchant's sessions paid in {@code [from, to)} (whatever became of them since), in order of payment. */
    List<SandboxSession> paidBetween(String merchantId, Instant from, Instant to);

    /** The next value of a named counter that never repeats: 1, 2, 3, ... */
    long next(String counter);
}
