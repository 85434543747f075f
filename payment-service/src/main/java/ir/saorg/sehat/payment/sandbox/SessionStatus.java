package ir.saorg.sehat.payment.sandbox;

import java.util.Set;

/**
 * Where a sandbox payment session is. The first five are Zarinpal's inquiry statuses; {@link #REFUNDED} is the
 * sandbox's own, for a verified session whose money was given back.
 */
public enum SessionStatus {
    /** Created; the payer has not paid, been declined or cancelled yet. */
    IN_BANK,
    /** Paid by the payer, not yet verified by the merchant. */
    PAID,
    /** Paid and verified: the money is the merchant's. */
    VERIFIED,
    /** Declined by the bank, cancelled by the payer, or expired unpaid. */
    FAILED,
    /** Verified, then reversed by the merchant within the reverse window. */
    REVERSED,
    /** Verified, then refunded. */
    REFUNDED;

    /** The statuses of sessions whose money moved at some point: these appear in day reports. */
    public static final Set<SessionStatus> PAID_AT_SOME_POINT = Set.of(PAID, VERIFIED, REVERSED, REFUNDED);

    /** Whether the payer's bank took the money: the callback says {@code Status=OK}. */
    public boolean paid() {
        return PAID_AT_SOME_POINT.contains(this);
    }
}
