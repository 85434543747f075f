package ir.saorg.sehat.request.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in its lifecycle. */
public enum RequestStatus {
    /** Stored and announced to the other services; waiting for payment-service to say what is due. */
    SUBMITTED,
    /** A tariff is due: the staff member has the pay link until the payment expires. */
    AWAITING_PAYMENT,
    /** Paid for or free; its type asks an operator to approve or reject it. */
    UNDER_REVIEW,
    /** Paid for or free (and reviewed, where its type asks), and cleared for a code; waiting for code-service. */
    APPROVED,
    /** The code is issued and stored; the initial result exists (it is announced separately). */
    CODE_ISSUED,
    /** Closed: an operator rejected it with a reason; a payment taken for it is refunded. */
    REJECTED,
    /** Closed: the staff member cancelled it before paying. */
    CANCELLED,
    /** Closed: its type's call ended while it was waiting for payment. */
    CALL_ENDED,
    /** Closed: the payment did not go through (declined or cancelled); nothing was taken. */
    PAYMENT_FAILED,
    /** Closed: nobody paid before the payment expired; nothing was taken. */
    PAYMENT_EXPIRED,
    /** Closed: code-service could not issue a code after retrying; a payment taken for it is refunded. */
    CODE_ISSUE_FAILED;

    private static final Set<RequestStatus> OPEN = EnumSet.of(SUBMITTED, AWAITING_PAYMENT, UNDER_REVIEW, APPROVED);

    /** Still on its way to a result: the student cannot have a second open request of the same type. */
    public boolean open() {
        return OPEN.contains(this);
    }

    /** Statuses in which a request is open. */
    public static Set<RequestStatus> openStatuses() {
        return OPEN;
    }
}
