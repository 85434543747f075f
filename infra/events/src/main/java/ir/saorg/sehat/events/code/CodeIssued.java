package ir.saorg.sehat.events.code;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A verification code (کد صحت) was issued and stored. Downstream systems subscribe to this event, so it carries only
 * masked personal data.
 *
 * @param code             the 20-digit code, digits only (shown to people in five groups of four)
 * @param requestType      the request type's code
 * @param maskedNationalId the holder's national ID with all but the first three and last two digits hidden
 * @param issuedAt         when the code was stored
 * @param expiresAt        when the code stops verifying as valid
 * @param replaces         the code this one replaces after its record was corrected (revoked as RECORD_CORRECTED);
 *                         null for a first code (optional: added within v1)
 */
public record CodeIssued(UUID eventId, Instant occurredAt, UUID requestId, String code, String requestType,
                         String maskedNationalId, Instant issuedAt, Instant expiresAt, String replaces)
        implements IntegrationEvent {

    /** A first code, as v1 first had it. */
    public CodeIssued(UUID eventId, Instant occurredAt, UUID requestId, String code, String requestType,
                      String maskedNationalId, Instant issuedAt, Instant expiresAt) {
        this(eventId, occurredAt, requestId, code, requestType, maskedNationalId, issuedAt, expiresAt, null);
    }
}
