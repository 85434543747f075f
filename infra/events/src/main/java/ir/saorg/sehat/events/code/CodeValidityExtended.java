package ir.saorg.sehat.events.code;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff extended a code's validity within the limit its request type sets: it now expires at {@code expiresAt}.
 *
 * @param code              the 20-digit code
 * @param requestType       the request type's code
 * @param previousExpiresAt when it would have expired
 * @param expiresAt         when it expires now
 * @param days              by how many days this extension moved the expiry
 */
public record CodeValidityExtended(UUID eventId, Instant occurredAt, UUID requestId, String code, String requestType,
                                   Instant previousExpiresAt, Instant expiresAt, int days) implements IntegrationEvent {
}
