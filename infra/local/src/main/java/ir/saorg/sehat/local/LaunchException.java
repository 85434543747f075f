package ir.saorg.sehat.local;

/** Something the person running ./sehat can fix; its message says what, and no stack trace is shown. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }
}
