package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.platform.text.CodeGroups;

import java.time.Instant;

/** The verification code a request produced, as code-service announced it. */
public record IssuedCode(String value, Instant issuedAt, Instant expiresAt) {

    /** The code as people read it: five groups of four digits. */
    public String display() {
        return CodeGroups.of(value);
    }
}
