package ir.saorg.sehat.payment.tariff;

import java.util.Objects;

/**
 * One row of a year's table.
 *
 * @param requestType the request type's code
 * @param amountRials the amount in rials, zero or more; zero means free
 * @param note        the operator's note, or null
 */
public record TariffRow(String requestType, long amountRials, String note) {

    public TariffRow {
        Objects.requireNonNull(requestType, "requestType");
        if (amountRials < 0) {
            throw new IllegalArgumentException("a tariff cannot be negative: " + amountRials);
        }
        note = note == null || note.isBlank() ? null : note;
    }
}
