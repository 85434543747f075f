package ir.saorg.sehat.request.lifecycle;

import java.time.Instant;

/** The verification code a request produced, as code-service announced it. */
public record IssuedCode(String value, Instant issuedAt, Instant expiresAt) {

    /** The code as people read it: five groups of four digits. */
    public String display() {
        return String.join("-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12),
                value.substring(12, 16), value.substring(16, 20));
    }
}
