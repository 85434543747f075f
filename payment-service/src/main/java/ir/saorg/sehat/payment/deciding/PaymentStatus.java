package ir.saorg.sehat.payment.deciding;

/** Where a request's payment stands. */
public enum PaymentStatus {
    /** Nothing is due: no tariff, or a zero tariff, for the type in the fiscal year. */
    WAIVED,
    /** A tariff is due; the gateway step that collects it is not part of this release, so the request waits. */
    DUE
}
