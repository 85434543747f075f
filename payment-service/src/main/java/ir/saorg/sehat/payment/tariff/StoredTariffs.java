package ir.saorg.sehat.payment.tariff;

import java.time.Instant;
import java.util.Optional;

/**
 * Tariffs read from the stored table versions on every call. Deliberately not cached: a version stored by another
 * instance must apply to the very next request submitted after its {@code effectiveFrom}, and a year's history is a
 * handful of small documents found through the (fiscalYear, version) index.
 */
public class StoredTariffs implements Tariffs {

    private final TariffTables tables;

    public StoredTariffs(TariffTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Tariff> in(String requestType, Instant submittedAt) {
        return tables.historyOf(FiscalYear.of(submittedAt)).inEffectAt(submittedAt)
                .flatMap(table -> table.tariffOf(requestType));
    }
}
