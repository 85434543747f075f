package ir.saorg.sehat.payment.gateway;

/**
 * The gateway's answer to "did this payment happen, for this amount?".
 *
 * @param outcome   what it said
 * @param reference its reference for the payment (when verified)
 * @param cardPan   the masked card (when verified and given)
 * @param code      the gateway's own status code, for the log
 */
public record Verification(Outcome outcome, String reference, String cardPan, int code) {

    /** What the gateway said. */
    public enum Outcome {
        /** Paid, and confirmed now. */
        VERIFIED,
        /** Paid, and confirmed before. */
        ALREADY_VERIFIED,
        /** Not paid (yet, or ever). */
        NOT_PAID,
        /** Paid, but for another amount than ours. */
        AMOUNT_MISMATCH,
        /** Not a payment of ours. */
        UNKNOWN_PAYMENT
    }

    public boolean paid() {
        return outcome == Outcome.VERIFIED || outcome == Outcome.ALREADY_VERIFIED;
    }
}
