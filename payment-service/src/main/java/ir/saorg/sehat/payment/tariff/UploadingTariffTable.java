package ir.saorg.sehat.payment.tariff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * An operator uploads a year's whole table. A file with any error changes nothing. A table identical to the year's
 * current version (same types, amounts and notes) is not stored again. Otherwise it becomes the year's next version,
 * in effect from the moment of upload: requests submitted before keep the version they were submitted under.
 *
 * <p>Two uploads of one year at once both compute the same next version number; the store accepts only one of them
 * (unique year and version). The other re-reads the year and tries again on top of what won, so its change is
 * computed against the table actually stored before it, and both uploads end up in the history in the order they
 * were stored. If they uploaded the same table, the second finds it current and stores nothing.
 */
public class UploadingTariffTable {

    /** How often an upload re-reads and retries when other uploads of the same year keep getting in first. */
    static final int ATTEMPTS = 5;

    private final TariffTables tables;
    private final ReadingTariffFile reading;
    private final Clock clock;

    public UploadingTariffTable(TariffTables tables, TariffFileRules rules, Clock clock) {
        this.tables = tables;
        this.reading = new ReadingTariffFile(rules);
        this.clock = clock;
    }

    /**
     * The outcome of an upload.
     *
     * @param table   the year's current version after it
     * @param created true if the upload became a new version; false if the table was already current
     */
    public record Upload(TariffTable table, boolean created) {
    }

    /** The fiscal year in a path, as an upload accepts it: four digits, 1390 to next year. */
    public int uploadableYear(String text) {
        return FiscalYear.parseUploadable(text, clock.instant());
    }

    /** The last year a table may be uploaded for: the year after the current one. */
    public int latestUploadableYear() {
        return FiscalYear.of(clock.instant()) + 1;
    }

    public Upload upload(int fiscalYear, TariffFile file, String uploadedBy) {
        ReadTariffFile read = reading.read(file, fiscalYear);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<TariffTable> current = tables.historyOf(fiscalYear).current();
            if (current.isPresent() && current.get().hasRows(read.rows())) {
                return new Upload(current.get(), false);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant effectiveFrom = current.map(TariffTable::effectiveFrom).filter(now::isBefore).orElse(now);
            var next = new TariffTable(fiscalYear, current.map(TariffTable::version).orElse(0) + 1, read.rows(),
                    effectiveFrom, now, uploadedBy, file.source(), read.format(),
                    TariffTableChange.between(current.map(TariffTable::rows).orElse(List.of()), read.rows()));
            if (tables.insert(next)) {
                return new Upload(next, true);
            }
        }
        throw new TariffUploadContendedException(fiscalYear);
    }
}
