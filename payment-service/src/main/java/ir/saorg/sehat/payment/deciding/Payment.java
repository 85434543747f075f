package ir.saorg.sehat.payment.deciding;

import java.time.Instant;

/**
 * The payment decision for one request; its id is the request id, so there is at most one per request.
 *
 * @param id          the request id
 * @param requestType the request type's code
 * @param fiscalYear  the Jalali fiscal year of the request's submission
 * @param amountRials what is due, in rials (zero when waived)
 * @param status      where it stands
 * @param decidedAt   when the decision was made
 */
public record Payment(String id, String requestType, int fiscalYear, long amountRials, PaymentStatus status,
                      Instant decidedAt) {
}
