package ir.saorg.sehat.payment.paying;

import java.util.HashMap;
import java.util.Map;

/** Field values for a {@link PaymentTransition}, which may be null (a cleared field), unlike {@code Map.of}. */
public final class Facts {

    private Facts() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        var facts = new HashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return facts;
    }
}
