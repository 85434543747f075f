package ir.saorg.sehat.notification.announcing;

/** What a notification reports. The names are part of NotificationDelivered's contract. */
public enum Subject {
    PAYMENT_REQUESTED(Audience.STAFF),
    /** The initial result: a code. Its announcement stops the agreement's clock. */
    CODE_ISSUED(Audience.STAFF),
    /** The initial result: a rejection. Its announcement stops the agreement's clock. */
    REQUEST_REJECTED(Audience.STAFF),
    REQUEST_CANCELLED(Audience.STAFF),
    PAYMENT_FAILED(Audience.STAFF),
    PAYMENT_EXPIRED(Audience.STAFF),
    PAYMENT_REFUNDED(Audience.STAFF),
    CODE_ISSUE_FAILED(Audience.STAFF),
    DISPUTE_OPENED(Audience.STAFF_AND_OPERATORS),
    DISPUTE_ANSWERED(Audience.STAFF),
    DISPUTE_CLOSED(Audience.STAFF_AND_OPERATORS),
    SLA_BREACHED(Audience.OPERATORS);

    private final Audience audience;

    Subject(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    /** Who hears about a subject. */
    public enum Audience {
        /** The staff member who submitted the request. */
        STAFF,
        /** The operators' feed and mailboxes. */
        OPERATORS,
        /** Both. */
        STAFF_AND_OPERATORS;

        boolean includesStaff() {
            return this != OPERATORS;
        }

        boolean includesOperators() {
            return this != STAFF;
        }
    }
}
