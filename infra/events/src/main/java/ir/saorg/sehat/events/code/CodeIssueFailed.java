package ir.saorg.sehat.events.code;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * code-service could not issue a code for an approved request, after retrying. The request gets no code; when it was
 * paid for, request-service asks for a refund.
 *
 * @param requestType the request type's code
 * @param reason      why, as a category
 * @param attempts    how many times issuing was tried
 */
public record CodeIssueFailed(UUID eventId, Instant occurredAt, UUID requestId, String requestType, Reason reason,
                              int attempts) implements IntegrationEvent {

    /** Why no code could be issued. */
    public enum Reason {
        /** Every drawn code was already taken. */
        NO_FREE_CODE,
        /** The approval lacked what a code must carry (the holder's national ID or name). */
        INCOMPLETE_HOLDER
    }
}
