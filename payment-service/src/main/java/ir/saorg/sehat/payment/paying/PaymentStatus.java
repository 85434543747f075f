package ir.saorg.sehat.payment.paying;

/** Where a request's payment stands. */
public enum PaymentStatus {
    /** Nothing is due: no tariff, or a zero tariff, for the type in the fiscal year. */
    WAIVED,
    /** A tariff is due; the payment is being opened at the gateway. */
    DUE,
    /** A tariff is due but the gateway is unavailable: opening is tried again with back-off. */
    WAITING_FOR_GATEWAY,
    /** Opened at the gateway: the payer has the pay link until the payment expires. */
    AWAITING_PAYER,
    /** Paid and confirmed by the gateway server to server. */
    SETTLED,
    /** The gateway says it was not paid (declined or cancelled). */
    FAILED,
    /** Nobody paid before the expiry, and the gateway confirms nothing was taken. */
    EXPIRED,
    /** The request was rejected after payment: the money is being given back, retried until the gateway takes it. */
    REFUNDING,
    /** Given back. */
    REFUNDED
}
