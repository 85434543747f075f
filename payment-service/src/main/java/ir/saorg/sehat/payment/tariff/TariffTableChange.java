package ir.saorg.sehat.payment.tariff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a table version changed against the version before it (against nothing, for a year's first version: every
 * row is added). Rows are matched by request type and listed in the order of their type codes.
 *
 * @param added   rows of types the previous version did not have
 * @param removed rows of the previous version whose types are gone
 * @param changed types in both whose amount or note differs
 */
public record TariffTableChange(List<TariffRow> added, List<TariffRow> removed, List<ChangedRow> changed) {

    /** A type in both versions whose amount or note differs. */
    public record ChangedRow(String requestType, long oldAmountRials, long newAmountRials, String oldNote,
                             String newNote) {
    }

    public TariffTableChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static TariffTableChange between(List<TariffRow> before, List<TariffRow> after) {
        Map<String, TariffRow> old = byType(before);
        Map<String, TariffRow> now = byType(after);
        var added = new ArrayList<TariffRow>();
        var removed = new ArrayList<TariffRow>();
        var changed = new ArrayList<ChangedRow>();
        var types = new TreeSet<String>(old.keySet());
        types.addAll(now.keySet());
        for (String type : types) {
            TariffRow was = old.get(type);
            TariffRow is = now.get(type);
            if (was == null) {
                added.add(is);
            } else if (is == null) {
                removed.add(was);
            } else if (was.amountRials() != is.amountRials() || !Objects.equals(was.note(), is.note())) {
                changed.add(new ChangedRow(type, was.amountRials(), is.amountRials(), was.note(), is.note()));
            }
        }
        added.sort(Comparator.comparing(TariffRow::requestType));
        removed.sort(Comparator.comparing(TariffRow::requestType));
        return new TariffTableChange(added, removed, changed);
    }

    /** True when the two versions have the same rows: same types, amounts and notes, in whatever order. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, TariffRow> byType(List<TariffRow> rows) {
        var byType = new LinkedHashMap<String, TariffRow>();
        rows.forEach(row -> byType.put(row.requestType(), row));
        return byType;
    }
}
