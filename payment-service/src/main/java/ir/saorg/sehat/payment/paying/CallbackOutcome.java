package ir.saorg.sehat.payment.paying;

/** What the payer's return from the gateway came to, for the page they see. */
public enum CallbackOutcome {
    /** Confirmed with the gateway now: paid. */
    SETTLED,
    /** Paid before; this is a repeat of the callback. Nothing happens again. */
    ALREADY_SETTLED,
    /** The gateway says nothing was paid. */
    FAILED,
    /** The payment had expired. */
    EXPIRED,
    /** The gateway could not confirm yet (unavailable, or the payer is still paying): checked again shortly. */
    PENDING,
    /** Not a payment of ours, or the gateway's record does not match ours: refused and logged. */
    REFUSED
}
