package ir.saorg.sehat.payment.paying;

import java.time.Instant;

/**
 * The payment of one request; its id is the request id, so there is at most one per request.
 *
 * @param id               the request id
 * @param requestType      the request type's code
 * @param typeName         the request type's Persian and English names, when the submission carried them
 * @param university       the university whose staff submitted the request (null if submitted without a token)
 * @param fiscalYear       the Jalali fiscal year of the request's submission
 * @param amountRials      what is due, in rials (zero when waived)
 * @param status           where it stands
 * @param decidedAt        when the tariff decision was made
 * @param authority        the gateway's id for the payment, once opened
 * @param payUrl           where the payer pays, once opened
 * @param expiresAt        until when the payer can pay, once opened
 * @param nextCheckAt      when the payment jobs look at it next (opening again, checking with the gateway, refunding)
 * @param attempts         failed attempts of the current step (opening or refunding)
 * @param settledAt        when the gateway confirmed the payment
 * @param gatewayReference the gateway's reference for the payment
 * @param cardPan          the masked card the payer used
 * @param refundId         the gateway's reference for the refund
 * @param refundedAt       when the gateway took the refund
 * @param lastProblem      the last thing that went wrong, for operators
 */
public record Payment(String id, String requestType, TypeName typeName, String university, int fiscalYear, long amountRials, PaymentStatus status,
                      Instant decidedAt, String authority, String payUrl, Instant expiresAt, Instant nextCheckAt,
                      int attempts, Instant settledAt, String gatewayReference, String cardPan, String refundId,
                      Instant refundedAt, String lastProblem) {

    /** A request type's names. */
    public record TypeName(String fa, String en) {
    }

    static Payment decided(String id, String requestType, TypeName typeName, String university, int fiscalYear,
                           long amountRials, PaymentStatus status, Instant at, Instant nextCheckAt) {
        return new Payment(id, requestType, typeName, university, fiscalYear, amountRials, status, at, null, null, null,
                nextCheckAt, 0, null, null, null, null, null, null);
    }
}
