package ir.saorg.sehat.events.code;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator revoked a code: from now on it verifies as revoked, whatever its expiry. The operator's free text stays
 * in code-service (it may name people); downstream systems get the category.
 *
 * @param code        the 20-digit code
 * @param requestType the request type's code
 * @param category    why, as a category
 * @param revokedAt   when
 * @param replacedBy  the new code issued for the corrected record, when there is one (optional: added within v1)
 */
public record CodeRevoked(UUID eventId, Instant occurredAt, UUID requestId, String code, String requestType,
                          Category category, Instant revokedAt, String replacedBy) implements IntegrationEvent {

    /** A revocation without a replacement, as v1 first had it. */
    public CodeRevoked(UUID eventId, Instant occurredAt, UUID requestId, String code, String requestType,
                       Category category, Instant revokedAt) {
        this(eventId, occurredAt, requestId, code, requestType, category, revokedAt, null);
    }

    /** Why a code was revoked. */
    public enum Category {
        /** The record it certified was wrong and has been corrected. */
        RECORD_CORRECTED,
        /** It should never have been issued. */
        ISSUED_IN_ERROR,
        /** It was obtained or used fraudulently. */
        FRAUD
    }
}
