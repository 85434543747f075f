package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * No payment is due for a request: its type has no tariff, or a zero tariff, in the fiscal year of its submission.
 *
 * @param requestType the request type's code
 * @param fiscalYear  the Jalali fiscal year whose budget table was consulted, e.g. 1405
 * @param reason      {@link Reason#NO_TARIFF} or {@link Reason#ZERO_TARIFF}
 */
public record PaymentWaived(UUID eventId, Instant occurredAt, UUID requestId, String requestType, int fiscalYear,
                            Reason reason) implements IntegrationEvent {

    /** Why nothing is due. */
    public enum Reason {
        /** The fiscal year's budget table has no row for the request type. */
        NO_TARIFF,
        /** The budget table sets the request type's tariff to zero rials. */
        ZERO_TARIFF
    }
}
