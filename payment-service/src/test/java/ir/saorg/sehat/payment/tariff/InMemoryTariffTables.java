package ir.saorg.sehat.payment.tariff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Table versions in a map: the same contract as the MongoDB store (one version per year and number). */
public class InMemoryTariffTables implements TariffTables {

    private final Map<String, TariffTable> versions = new ConcurrentHashMap<>();

    @Override
    public boolean insert(TariffTable table) {
        return versions.putIfAbsent(table.id(), table) == null;
    }

    @Override
    public TariffHistory historyOf(int fiscalYear) {
        return new TariffHistory(fiscalYear,
                versions.values().stream().filter(t -> t.fiscalYear() == fiscalYear).toList());
    }

    @Override
    public List<TariffTable> currentOfEveryYear() {
        return versions.values().stream().map(TariffTable::fiscalYear).distinct().sorted()
                .map(year -> historyOf(year).current().orElseThrow()).toList();
    }

    public int size() {
        return versions.size();
    }

    public List<TariffTable> all() {
        return versions.values().stream().sorted(Comparator.comparing(TariffTable::id)).toList();
    }
}
