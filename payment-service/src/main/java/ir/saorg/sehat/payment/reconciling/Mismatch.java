package ir.saorg.sehat.payment.reconciling;

import ir.saorg.sehat.events.payment.PaymentMismatchFound;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One disagreement between our payments and the gateway's report, kept for operators.
 *
 * @param id                 business day, authority and kind: the same mismatch found again is the same record
 * @param businessDay        the day compared (Asia/Tehran)
 * @param requestId          the request the payment belongs to
 * @param authority          the gateway's id for the payment
 * @param kind               how they disagree
 * @param ourAmountRials     what we recorded as settled (0 if nothing)
 * @param gatewayAmountRials what the gateway reported (0 if nothing)
 * @param gatewayReference   the gateway's reference, if any
 * @param foundAt            when reconciliation found it
 */
public record Mismatch(String id, LocalDate businessDay, String requestId, String authority,
                       PaymentMismatchFound.Kind kind, long ourAmountRials, long gatewayAmountRials,
                       String gatewayReference, Instant foundAt) {
}
