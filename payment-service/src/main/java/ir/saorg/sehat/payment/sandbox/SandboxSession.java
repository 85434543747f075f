package ir.saorg.sehat.payment.sandbox;

import java.time.Instant;

/**
 * One payment session of the sandbox gateway, from {@code request.json} to its end. Amounts are rials; instants are
 * UTC. Fields that belong to a later step are null until then.
 *
 * @param authority    the session's id: {@code S} and 35 digits
 * @param merchantId   the merchant that opened the session
 * @param orderId      the merchant's own reference ({@code metadata.order_id}), if given
 * @param refId        the bank's reference, given when paid
 * @param cardPan      the masked card number, given when paid
 * @param cardHash     SHA-256 of the card number (upper-case hex), given when paid
 * @param refundId     the refund's id, given when refunded
 * @param refundAmount rials refunded
 */
public record SandboxSession(String authority, String merchantId, long amount, String callbackUrl,
                             String description, String orderId, String mobile, String email,
                             SessionStatus status, Instant createdAt, Instant paidAt, Long refId, String cardPan,
                             String cardHash, Instant verifiedAt, Instant reversedAt, String refundId,
                             Long refundAmount, Instant refundedAt) {

    /** A session just opened: {@link SessionStatus#IN_BANK}, nothing paid. */
    public static SandboxSession opened(String authority, String merchantId, long amount, String callbackUrl,
                                        String description, String orderId, String mobile, String email,
                                        Instant createdAt) {
        return new SandboxSession(authority, merchantId, amount, callbackUrl, description, orderId, mobile, email,
                SessionStatus.IN_BANK, createdAt, null, null, null, null, null, null, null, null, null);
    }
}
