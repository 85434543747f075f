package ir.saorg.sehat.code.verification;

import java.time.Duration;

/** Too many verifications from one client, or of one code; try again after {@code retryAfter}. */
public class Throttled extends RuntimeException {

    private final transient Duration retryAfter;
    private final String limit;

    public Throttled(String limit, Duration retryAfter) {
        super(limit + " limit reached");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Which limit: {@code client} or {@code code}. */
    public String limit() {
        return limit;
    }
}
