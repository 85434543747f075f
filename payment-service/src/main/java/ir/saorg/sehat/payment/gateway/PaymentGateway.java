package ir.saorg.sehat.payment.gateway;

import java.time.LocalDate;
import java.util.List;

/**
 * An Iranian internet payment gateway: a payment is opened (the gateway gives an authority and a pay page), the payer
 * pays there and is sent back to us, and we confirm it server to server. Every method throws
 * {@link GatewayUnavailableException} when the gateway cannot be reached or answers late, and
 * {@link GatewayRefusedException} when it answers with an error code.
 */
public interface PaymentGateway {

    /** Opens a payment. Not idempotent: each call opens a new one. */
    OpenedPayment open(OpeningPayment payment);

    /** Confirms a payment server to server, for the amount we expect. Idempotent: a repeat says already verified. */
    Verification verify(String authority, long amountRials);

    /** Where a payment stands at the gateway. Idempotent. */
    GatewayStatus inquire(String authority);

    /** Gives a verified payment back. Idempotent per authority: a repeat returns the first refund. */
    RefundReceipt refund(String authority, long amountRials, String description);

    /** The payments the gateway reports as taken on one business day (Asia/Tehran). */
    List<ReportedPayment> report(LocalDate businessDay);
}
