package ir.saorg.sehat.request.lifecycle;

/**
 * Told of moments in a request's life that other features measure. Called after the change is stored; what an
 * observer does never changes the lifecycle.
 */
public interface LifecycleObserver {

    /** The request has just got its initial result (its code, or its rejection); once per request. */
    default void initialResult(Request request) {
    }
}
