package ir.saorg.sehat.payment.tariff;

/** Other uploads of the same year kept storing a version first, every time this one tried; nothing was stored. */
public class TariffUploadContendedException extends RuntimeException {

    private final int fiscalYear;

    public TariffUploadContendedException(int fiscalYear) {
        super("uploads of the tariff table of " + fiscalYear + " keep colliding");
        this.fiscalYear = fiscalYear;
    }

    public int fiscalYear() {
        return fiscalYear;
    }
}
