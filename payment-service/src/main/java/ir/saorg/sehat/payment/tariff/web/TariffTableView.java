package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.payment.tariff.TariffRow;
import ir.saorg.sehat.payment.tariff.TariffTable;
import ir.saorg.sehat.payment.tariff.TariffTableChange;

import java.time.Instant;
import java.util.List;

/** A table version as the API shows it. */
record TariffTableView(int fiscalYear, int version, Instant effectiveFrom, List<Row> rows, Instant uploadedAt,
                       String uploadedBy, String source, String format, Change change) {

    record Row(String requestType, long amountRials, String note) {
    }

    record Change(List<Row> added, List<Row> removed, List<ChangedRow> changed) {
    }

    record ChangedRow(String requestType, long oldAmountRials, long newAmountRials, String oldNote, String newNote) {
    }

    static TariffTableView of(TariffTable table) {
        TariffTableChange change = table.change();
        return new TariffTableView(table.fiscalYear(), table.version(), table.effectiveFrom(), rows(table.rows()),
                table.uploadedAt(), table.uploadedBy(), table.source(), table.format().name(),
                new Change(rows(change.added()), rows(change.removed()), change.changed().stream()
                        .map(c -> new ChangedRow(c.requestType(), c.oldAmountRials(), c.newAmountRials(), c.oldNote(),
                                c.newNote())).toList()));
    }

    private static List<Row> rows(List<TariffRow> rows) {
        return rows.stream().map(r -> new Row(r.requestType(), r.amountRials(), r.note())).toList();
    }
}
