package ir.saorg.sehat.platform.events;

/**
 * A message that no retry can make readable: missing CloudEvents headers or a payload that does not parse.
 * The binder sends it straight to the consumer's dead-letter topic without retrying.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
