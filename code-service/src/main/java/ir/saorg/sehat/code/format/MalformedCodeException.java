package ir.saorg.sehat.code.format;

/** Input that cannot be a verification code, and why. */
public class MalformedCodeException extends RuntimeException {

    /** What is wrong with the input. */
    public enum Reason {
        /** Not 20 digits once spaces and dashes are removed. */
        LENGTH,
        /** Something other than digits, spaces and dashes. */
        CHARACTERS,
        /** 20 digits, but the check digit does not match: a typing mistake. */
        CHECK_DIGIT
    }

    private final Reason reason;

    /** Without a stack trace: malformed input is an answer to the client, not a fault, and may come by the million. */
    public MalformedCodeException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
