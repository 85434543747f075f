package ir.saorg.sehat.request.lifecycle;

/** Where a request stands in its lifecycle. */
public enum RequestStatus {
    /** Stored and announced to the other services; waiting for payment-service to say what is due. */
    SUBMITTED,
    /** Paid for or free, and cleared for a code; waiting for code-service to issue it. */
    APPROVED,
    /** The code is issued and stored; the initial result exists (it is announced separately). */
    CODE_ISSUED
}
