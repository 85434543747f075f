package ir.saorg.sehat.payment.tariff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every stored version of one fiscal year's table, newest first, and the rule that picks the version a request
 * uses: the latest version already in effect when the request was submitted. A change uploaded after the year began
 * applies to requests submitted after it, never to those submitted before.
 */
public record TariffHistory(int fiscalYear, List<TariffTable> versions) {

    public TariffHistory {
        versions = versions.stream().sorted(Comparator.comparingInt(TariffTable::version).reversed()).toList();
        if (versions.stream().anyMatch(table -> table.fiscalYear() != fiscalYear)) {
            throw new IllegalArgumentException("versions of another year in the history of " + fiscalYear);
        }
    }

    /** The latest version: what the year's table says now. */
    public Optional<TariffTable> current() {
        return versions.stream().findFirst();
    }

    /** The latest version whose {@code effectiveFrom} is at or before {@code submittedAt}. */
    public Optional<TariffTable> inEffectAt(Instant submittedAt) {
        return versions.stream().filter(table -> !table.effectiveFrom().isAfter(submittedAt)).findFirst();
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }
}
