package ir.saorg.sehat.payment.tariff;

import java.util.List;

/** An uploaded table with at least one error; every error found is listed, and nothing was stored. */
public class InvalidTariffFileException extends RuntimeException {

    private final List<TariffFileError> errors;

    public InvalidTariffFileException(List<TariffFileError> errors) {
        super(errors.size() + " error(s) in the tariff file: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<TariffFileError> errors() {
        return errors;
    }
}
