package ir.saorg.sehat.notification.delivery;

/** Where one delivery stands. Only PENDING, FAILED and a SENDING whose lease ran out are ever (re)claimed. */
public enum DeliveryState {
    /** Recorded, not tried yet (or released untried because its target was busy). */
    PENDING,
    /** Claimed by a worker until its lease ends; the worker is sending it now. */
    SENDING,
    /** The server accepted it. Final. */
    SENT,
    /** The last attempt failed; tried again at {@code nextAttemptAt}. */
    FAILED,
    /** Refused for good, or out of retries: a dead letter, visible to operators. Final. */
    GIVEN_UP
}
