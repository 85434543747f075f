package ir.saorg.sehat.notification.webhooks;

/** A subscriber URL Sehat will not call; {@code reason} names the rule, e.g. {@code url-address-forbidden}. */
public class UnsafeUrlException extends RuntimeException {

    private final String reason;

    public UnsafeUrlException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
