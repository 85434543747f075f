package ir.saorg.sehat.events.request;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A request was closed before it was paid for: the staff member cancelled it, or its type's call ended while it was
 * still waiting for payment. Any payment still open for it must not be taken; one that was taken anyway is refunded
 * through {@link RefundRequested}.
 *
 * @param reason why it was closed
 * @param by     who closed it: the staff member's subject, or {@code request-service} when the call ended
 */
public record RequestCancelled(UUID eventId, Instant occurredAt, UUID requestId, Reason reason, String by)
        implements IntegrationEvent {

    /** Why a request was closed before payment. */
    public enum Reason {
        /** The staff member cancelled it. */
        STAFF,
        /** Its type's call ended while it was waiting for payment. */
        CALL_ENDED
    }
}
