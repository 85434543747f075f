package ir.saorg.sehat.payment.tariff;

import java.util.List;

/**
 * One thing wrong with an uploaded table file.
 *
 * @param row       the row it is in (for CSV the line number, header = 1, as a spreadsheet numbers rows; for JSON the
 *                  position in the {@code tariffs} array, from 1), or 0 for the file as a whole
 * @param column    the column or member it concerns: requestType, amountRials, note, header, fiscalYear or file
 * @param key       the message key (in the web adapter's problem messages)
 * @param arguments the message's arguments; for a row, the row number comes first
 */
public record TariffFileError(int row, String column, String key, List<Object> arguments) {

    public TariffFileError {
        arguments = List.copyOf(arguments);
    }

    static TariffFileError ofFile(String key, Object... arguments) {
        return new TariffFileError(0, "file", key, List.of(arguments));
    }

    static TariffFileError atRow(int row, String column, String key, Object... arguments) {
        var all = new Object[arguments.length + 1];
        all[0] = row;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new TariffFileError(row, column, key, List.of(all));
    }
}
