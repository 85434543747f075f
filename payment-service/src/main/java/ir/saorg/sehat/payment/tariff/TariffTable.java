package ir.saorg.sehat.payment.tariff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of a fiscal year's table. Versions are numbered 1, 2, ... per year and never change once
 * stored; a new upload that differs from the current version becomes the next one.
 *
 * @param fiscalYear    the Jalali fiscal year
 * @param version       1 for the year's first table, one more for each change
 * @param rows          the table: at most one row per request type
 * @param effectiveFrom requests submitted at or after this instant use this version (until a later one is in
 *                      effect); the upload instant, or the epoch for a table seeded from configuration
 * @param uploadedAt    when it was stored
 * @param uploadedBy    who stored it ("configuration" for a seeded table)
 * @param source        the uploaded file's name, "request body", or "configuration"
 * @param format        how it arrived
 * @param change        what it changed against the version before it
 */
public record TariffTable(int fiscalYear, int version, List<TariffRow> rows, Instant effectiveFrom,
                          Instant uploadedAt, String uploadedBy, String source, TariffFileFormat format,
                          TariffTableChange change) {

    public TariffTable {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        rows = List.copyOf(rows);
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(change, "change");
        if (rows.stream().map(TariffRow::requestType).distinct().count() != rows.size()) {
            throw new IllegalArgumentException("one row per request type: " + rows);
        }
    }

    /** The id of its stored document: {@code <year>-v<version>}, unique per year and version. */
    public String id() {
        return fiscalYear + "-v" + version;
    }

    public Optional<TariffRow> rowOf(String requestType) {
        return rows.stream().filter(row -> row.requestType().equals(requestType)).findFirst();
    }

    public Optional<Tariff> tariffOf(String requestType) {
        return rowOf(requestType).map(row -> new Tariff(requestType, fiscalYear, row.amountRials(), version));
    }

    /** True when {@code other} has exactly these rows (types, amounts and notes), in whatever order. */
    public boolean hasRows(List<TariffRow> other) {
        return TariffTableChange.between(rows, other).isEmpty();
    }
}
