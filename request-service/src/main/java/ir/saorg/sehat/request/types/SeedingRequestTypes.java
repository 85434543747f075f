package ir.saorg.sehat.request.types;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * At start-up, stores each seed type as version 1 when the type has no stored version yet. Once a type is stored,
 * the store is the truth: a later release's seeds do not overwrite what operators changed. Two instances starting at
 * once both try; the store takes one version 1 and the other finds it taken, which is as good.
 */
public class SeedingRequestTypes {

    private final RequestTypeVersions store;
    private final Clock clock;

    public SeedingRequestTypes(RequestTypeVersions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Seeds every type not yet stored; answers the codes it stored. */
    public List<String> seed(List<RequestType> seeds) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var seeded = new ArrayList<String>();
        for (RequestType seed : seeds) {
            if (store.latest(seed.code()).isPresent()) {
                continue;
            }
            var first = new RequestType(seed.code(), 1, seed.nameFa(), seed.nameEn(), seed.fields(),
                    seed.targetTime(), seed.reviewRequired(), seed.codeValidityDays(), seed.maxExtensionDays(),
                    seed.callWindows(), seed.codesExpireWithCall());
            if (store.insert(new TypeVersion(first, now, TypeVersion.SEED))) {
                seeded.add(seed.code());
            }
        }
        return seeded;
    }
}
