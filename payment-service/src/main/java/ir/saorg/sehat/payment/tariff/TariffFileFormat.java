package ir.saorg.sehat.payment.tariff;

/** Where a table version came from. */
public enum TariffFileFormat {
    CSV,
    JSON,
    /** Seeded at start-up from {@code sehat.payment.tariffs.<year>.<type>}. */
    CONFIGURATION
}
