package ir.saorg.sehat.events.payment;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reconciliation found that our record of a payment and the gateway's report for the same business day disagree.
 * An operator must look at it; nothing is changed automatically.
 *
 * @param businessDay        the day compared, in Asia/Tehran
 * @param kind               how they disagree
 * @param ourAmountRials     what we recorded, in rials (0 if we have no settled payment)
 * @param gatewayAmountRials what the gateway reported, in rials (0 if it reported none)
 * @param gatewayReference   the gateway's reference, if it has one
 */
public record PaymentMismatchFound(UUID eventId, Instant occurredAt, UUID requestId, LocalDate businessDay, Kind kind,
                                   long ourAmountRials, long gatewayAmountRials, String gatewayReference)
        implements IntegrationEvent {

    /** How our records and the gateway's disagree. */
    public enum Kind {
        /** We recorded a settled payment the gateway does not report. */
        UNKNOWN_TO_GATEWAY,
        /** The gateway reports money taken for a payment we did not settle. */
        NOT_SETTLED_HERE,
        /** Both have it, with different amounts. */
        AMOUNT_DIFFERS
    }
}
