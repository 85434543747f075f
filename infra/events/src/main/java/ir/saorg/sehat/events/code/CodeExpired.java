package ir.saorg.sehat.events.code;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A code reached its expiry and no longer verifies as valid. Published once per code, after the fact, by
 * code-service's expiry job, for downstream systems that keep their own copy of valid codes.
 *
 * @param code        the 20-digit code
 * @param requestType the request type's code
 * @param expiresAt   when it expired
 */
public record CodeExpired(UUID eventId, Instant occurredAt, UUID requestId, String code, String requestType,
                          Instant expiresAt) implements IntegrationEvent {
}
