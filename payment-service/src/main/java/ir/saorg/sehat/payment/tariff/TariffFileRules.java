package ir.saorg.sehat.payment.tariff;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an uploaded table must respect.
 *
 * @param knownTypes     the request types a row may name (request-service owns them; see docs/tariffs.md)
 * @param maxAmountRials the largest believable amount; anything above is taken for a typo
 * @param maxFileBytes   the largest file accepted
 */
public record TariffFileRules(Set<String> knownTypes, long maxAmountRials, long maxFileBytes) {

    /** The longest note a row may carry, in characters. */
    public static final int MAX_NOTE_LENGTH = 500;

    public TariffFileRules {
        knownTypes = Set.copyOf(new TreeSet<>(knownTypes));
        if (maxAmountRials < 0 || maxFileBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The known types, sorted and comma-separated, for messages. */
    public String knownTypesList() {
        return String.join(", ", new TreeSet<>(knownTypes));
    }
}
