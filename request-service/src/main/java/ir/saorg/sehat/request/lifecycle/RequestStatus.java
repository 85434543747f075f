package ir.saorg.sehat.request.lifecycle;

/** Where a request stands in its lifecycle. */
public enum RequestStatus {
    /** Stored and announced to the other services; waiting for payment-service to say what is due. */
    SUBMITTED,
    /** A tariff is due: the staff member has the pay link until the payment expires. */
    AWAITING_PAYMENT,
    /** Paid for or free, and cleared for a code; waiting for code-service to issue it. */
    APPROVED,
    /** The code is issued and stored; the initial result exists (it is announced separately). */
    CODE_ISSUED,
    /** Closed: the payment did not go through (declined or cancelled); nothing was taken. May be submitted again. */
    PAYMENT_FAILED,
    /** Closed: nobody paid before the payment expired; nothing was taken. May be submitted again. */
    PAYMENT_EXPIRED
}
