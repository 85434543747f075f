package ir.saorg.sehat.payment.tariff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * At start-up, stores each configured year's table ({@code sehat.payment.tariffs.<year>.<type>}) as version 1 of a
 * year that has no stored version yet, in effect from the epoch so that it covers the whole year. Once a year has a
 * stored version its configuration is ignored: operators' uploads are the truth. Two instances starting at once both
 * try; the store accepts one version 1, and the other finds it taken, which is as good.
 */
public class SeedingTariffTables {

    public static final String CONFIGURATION = "configuration";

    private final TariffTables tables;
    private final TariffFileRules rules;
    private final Clock clock;

    public SeedingTariffTables(TariffTables tables, TariffFileRules rules, Clock clock) {
        this.tables = tables;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Seeds every configured year that has no version; answers the years it stored.
     *
     * @throws IllegalStateException if a configured table breaks the upload rules (unknown type, negative or absurd
     *                               amount), naming every problem; nothing is seeded then
     */
    public List<Integer> seed(Map<Integer, Map<String, Long>> configured) {
        var tablesByYear = new TreeMap<Integer, List<TariffRow>>();
        var problems = new ArrayList<String>();
        configured.forEach((year, amounts) -> tablesByYear.put(year, rows(year, amounts, problems)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("sehat.payment.tariffs is invalid: " + String.join("; ", problems));
        }
        var seeded = new ArrayList<Integer>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        tablesByYear.forEach((year, rows) -> {
            if (rows.isEmpty() || !tables.historyOf(year).isEmpty()) {
                return;
            }
            var first = new TariffTable(year, 1, rows, Instant.EPOCH, now, CONFIGURATION, CONFIGURATION,
                    TariffFileFormat.CONFIGURATION, TariffTableChange.between(List.of(), rows));
            if (tables.insert(first)) {
                seeded.add(year);
            }
        });
        return seeded;
    }

    private List<TariffRow> rows(int year, Map<String, Long> amounts, List<String> problems) {
        var read = new ArrayList<TariffFileRow>();
        new TreeMap<>(amounts).forEach((type, amount) ->
                read.add(new TariffFileRow(read.size() + 1, type, amount == null ? null : amount.toString(), null)));
        var errors = new ArrayList<TariffFileError>();
        List<TariffRow> rows = ValidatingTariffRows.validate(read, rules, errors);
        errors.forEach(error -> problems.add(year + "." + read.get(error.row() - 1).requestType() + ": "
                + error.key().substring("tariff.".length())));
        if (!errors.isEmpty() && !rules.knownTypes().isEmpty()) {
            problems.add("known request types (sehat.payment.request-types) are " + rules.knownTypesList());
        }
        return rows;
    }
}
