package ir.saorg.sehat.payment.gateway;

/** Where a payment stands at the gateway (Zarinpal's inquiry statuses). */
public enum GatewayStatus {
    /** The payer is on the pay page, or has not come yet. */
    IN_BANK,
    /** Paid, not yet verified by us. */
    PAID,
    /** Paid and verified. */
    VERIFIED,
    /** Not paid: declined or cancelled. */
    FAILED,
    /** Paid, then given back. */
    REVERSED;

    public boolean moneyTaken() {
        return this == PAID || this == VERIFIED;
    }
}
