package ir.saorg.sehat.request.lifecycle;

/**
 * An event that does not fit the request's current state, or names a request that does not exist. Thrown so that
 * the message is retried and, if it still does not fit, dead-lettered for an administrator to look at.
 */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
