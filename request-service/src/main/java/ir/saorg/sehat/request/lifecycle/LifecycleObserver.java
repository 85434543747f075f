package ir.saorg.sehat.request.lifecycle;

/**
 * Told of moments in a request's life that other features measure. Called after the change is stored; what an
 * observer does never changes the lifecycle.
 */
public interface LifecycleObserver {

    /** The request has just been stored as SUBMITTED; once per request. */
    default void submitted(Request request) {
    }

    /**
     * The request has just been approved (after payment, when it was free, or by an operator): it asks for its code.
     * Once per request; {@code request} is as it was read before the step (its type, university and submission).
     */
    default void approved(Request request) {
    }

    /** The request has just got its initial result (its code, or its rejection); once per request. */
    default void initialResult(Request request) {
    }

    /** The result has just been announced to the staff member: the agreement's clock stopped. Once per request. */
    default void announced(Request request) {
    }
}
