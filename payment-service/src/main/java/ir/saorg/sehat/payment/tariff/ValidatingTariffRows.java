package ir.saorg.sehat.payment.tariff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the rows read from a file against the rules, reporting every error with its row number: a missing or
 * unknown request type, a type named twice, a missing, non-numeric, fractional, negative or absurd amount, a note too
 * long. Zero is a valid amount: the type is free that year.
 */
final class ValidatingTariffRows {

    private ValidatingTariffRows() {
    }

    /** The valid rows; {@code errors} gets one entry per problem found. */
    static List<TariffRow> validate(List<TariffFileRow> rows, TariffFileRules rules, List<TariffFileError> errors) {
        var valid = new ArrayList<TariffRow>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (TariffFileRow row : rows) {
            int before = errors.size();
            String type = requestType(row.requestType());
            if (type.isEmpty()) {
                errors.add(TariffFileError.atRow(row.row(), "requestType", "tariff.type-missing"));
            } else if (firstRowOf.containsKey(type)) {
                errors.add(TariffFileError.atRow(row.row(), "requestType", "tariff.type-duplicate", type,
                        firstRowOf.get(type)));
            } else {
                firstRowOf.put(type, row.row());
                if (!rules.knownTypes().contains(type)) {
                    errors.add(TariffFileError.atRow(row.row(), "requestType", "tariff.type-unknown",
                            row.requestType().strip(), rules.knownTypesList()));
                }
            }
            var amount = ReadingTariffAmount.read(row.amount(), rules.maxAmountRials());
            if (!amount.ok()) {
                errors.add(TariffFileError.atRow(row.row(), "amountRials", amount.errorKey(),
                        row.amount() == null ? "" : row.amount().strip(), rules.maxAmountRials()));
            }
            String note = note(row.note());
            if (note != null && note.length() > TariffFileRules.MAX_NOTE_LENGTH) {
                errors.add(TariffFileError.atRow(row.row(), "note", "tariff.note-too-long",
                        TariffFileRules.MAX_NOTE_LENGTH));
            }
            if (errors.size() == before) {
                valid.add(new TariffRow(type, amount.amountRials(), note));
            }
        }
        return valid;
    }

    /** Type codes are matched without surrounding space or direction marks, and in any letter case. */
    static String requestType(String cell) {
        return cell == null ? "" : cell.replaceAll("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]", "").strip()
                .toUpperCase(Locale.ROOT);
    }

    /** Arabic ي/ى/ك (as Windows-1256 and Arabic keyboards write them) become Persian ی/ک; blank becomes null. */
    static String note(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return cell.strip().replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک');
    }
}
