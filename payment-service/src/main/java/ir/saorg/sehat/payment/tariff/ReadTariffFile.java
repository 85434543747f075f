package ir.saorg.sehat.payment.tariff;

import java.util.List;

/**
 * A file that passed every check.
 *
 * @param format CSV or JSON
 * @param rows   its rows, in the file's order
 */
public record ReadTariffFile(TariffFileFormat format, List<TariffRow> rows) {

    public ReadTariffFile {
        rows = List.copyOf(rows);
    }
}
