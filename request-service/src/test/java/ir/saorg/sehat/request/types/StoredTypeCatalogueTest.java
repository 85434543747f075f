package ir.saorg.sehat.request.types;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTypeCatalogueTest {

    private static final Duration REFRESH = Duration.ofSeconds(5);
    private final InMemoryTypeVersions store = new InMemoryTypeVersions();
    private final AtomicLong nanos = new AtomicLong();

    private StoredTypeCatalogue catalogue() {
        new SeedingRequestTypes(store, Clock.systemUTC()).seed(SeedTypes.ALL);
        return new StoredTypeCatalogue(store, REFRESH, nanos::get);
    }

    private static TypeVersion next(RequestType type, String nameEn) {
        return new TypeVersion(new RequestType(type.code(), type.version() + 1, type.nameFa(), nameEn, type.fields(),
                type.targetTime(), type.reviewRequired(), type.codeValidityDays(), type.maxExtensionDays(),
                type.callWindows()), Instant.now(), "operator");
    }

    @Test
    void answersFiftyThousandLookupsFromMemory() {
        var catalogue = catalogue();
        int before = store.reads.get();

        for (int i = 0; i < 50_000; i++) {
            assertThat(catalogue.current("ENROLMENT_CERTIFICATE")).isPresent();
        }

        assertThat(store.reads.get()).isEqualTo(before);
    }

    @Test
    void listsEveryTypeByCode() {
        assertThat(catalogue().all()).extracting(RequestType::code).containsExactly("EDUCATIONAL_CONFIRMATION",
                "ENROLMENT_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION", "PROVISIONAL_GRADUATION_CERTIFICATE");
    }

    @Test
    void seesAChangeSavedHereAtOnce() {
        var catalogue = catalogue();
        var changed = next(catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow(), "Changed");
        store.insert(changed);

        catalogue.saved(changed);

        assertThat(catalogue.current("ENROLMENT_CERTIFICATE")).contains(changed.type());
        assertThat(catalogue.all()).contains(changed.type());
    }

    @Test
    void seesAChangeSavedElsewhereOnceTheSnapshotIsOld() {
        var catalogue = catalogue();
        var changed = next(catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow(), "Changed elsewhere");
        store.insert(changed);

        nanos.addAndGet(REFRESH.toNanos() - 1);
        assertThat(catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow().version()).isEqualTo(1);
        nanos.addAndGet(1);
        assertThat(catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void seesATypeCreatedElsewhereOnceTheSnapshotIsOld() {
        var catalogue = catalogue();
        var seed = SeedTypes.ALL.getFirst();
        var created = new TypeVersion(new RequestType("NEW_TYPE", 1, "تازه", "New", seed.fields(), seed.targetTime(),
                false, 10, 0, seed.callWindows()), Instant.now(), "operator");
        store.insert(created);

        assertThat(catalogue.current("NEW_TYPE")).isEmpty();
        nanos.addAndGet(REFRESH.toNanos());
        assertThat(catalogue.current("NEW_TYPE")).contains(created.type());
    }

    @Test
    void keepsServingTheLastTypesWhileTheStoreIsDown() {
        var catalogue = catalogue();
        store.failing = true;
        nanos.addAndGet(REFRESH.toNanos());

        assertThat(catalogue.current("ENROLMENT_CERTIFICATE")).isPresent();

        store.failing = false;
        int before = store.reads.get();
        catalogue.current("ENROLMENT_CERTIFICATE");
        assertThat(store.reads.get()).as("tries again only after another refresh").isEqualTo(before);
        nanos.addAndGet(REFRESH.toNanos());
        catalogue.current("ENROLMENT_CERTIFICATE");
        assertThat(store.reads.get()).isGreaterThan(before);
    }

    @Test
    void neverGoesBackToAnOlderVersionThanOneSavedHere() {
        var catalogue = catalogue();
        var changed = next(catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow(), "Changed");
        // Saved here, but not (yet) visible in what the store answers: the reload must not undo it.
        catalogue.saved(changed);
        nanos.addAndGet(REFRESH.toNanos());

        assertThat(catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void answersPastVersionsAndKeepsThem() {
        var catalogue = catalogue();
        var original = catalogue.current("ENROLMENT_CERTIFICATE").orElseThrow();
        var changed = next(original, "Changed");
        store.insert(changed);
        catalogue.saved(changed);

        assertThat(catalogue.version("ENROLMENT_CERTIFICATE", 1)).contains(original);
        int before = store.reads.get();
        for (int i = 0; i < 1000; i++) {
            assertThat(catalogue.version("ENROLMENT_CERTIFICATE", 1)).contains(original);
            assertThat(catalogue.version("ENROLMENT_CERTIFICATE", 2)).contains(changed.type());
        }
        assertThat(store.reads.get()).isEqualTo(before);
        assertThat(catalogue.version("ENROLMENT_CERTIFICATE", 3)).isEmpty();
        assertThat(catalogue.version("NOPE", 1)).isEmpty();
        assertThat(catalogue.current(null)).isEmpty();
    }
}
