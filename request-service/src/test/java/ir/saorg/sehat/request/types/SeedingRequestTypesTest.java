package ir.saorg.sehat.request.types;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class SeedingRequestTypesTest {

    private final InMemoryTypeVersions store = new InMemoryTypeVersions();

    @Test
    void storesEverySeedAsVersionOneOnce() {
        var seeding = new SeedingRequestTypes(store, Clock.systemUTC());

        assertThat(seeding.seed(SeedTypes.ALL)).hasSize(SeedTypes.ALL.size());
        assertThat(seeding.seed(SeedTypes.ALL)).isEmpty();

        for (RequestType seed : SeedTypes.ALL) {
            assertThat(store.historyOf(seed.code())).singleElement().satisfies(v -> {
                assertThat(v.type()).isEqualTo(seed);
                assertThat(v.savedBy()).isEqualTo(TypeVersion.SEED);
            });
        }
    }

    @Test
    void leavesATypeAnOperatorChangedAsItIs() {
        new SeedingRequestTypes(store, Clock.systemUTC()).seed(SeedTypes.ALL);
        RequestType seed = SeedTypes.ALL.getFirst();
        store.insert(new TypeVersion(new RequestType(seed.code(), 2, "دیگر", "Other", seed.fields(),
                seed.targetTime(), true, 1, 0, seed.callWindows()), Instant.now(), "operator"));

        assertThat(new SeedingRequestTypes(store, Clock.systemUTC()).seed(SeedTypes.ALL)).isEmpty();
        assertThat(store.latest(seed.code()).orElseThrow().type().nameEn()).isEqualTo("Other");
    }

    @Test
    void twoInstancesStartingAtOnceStoreEachSeedOnce() throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var outcomes = new ArrayList<Future<List<String>>>();
            for (int i = 0; i < 4; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return new SeedingRequestTypes(store, Clock.systemUTC()).seed(SeedTypes.ALL);
                }));
            }
            start.countDown();
            var seeded = new ArrayList<String>();
            for (var outcome : outcomes) {
                seeded.addAll(outcome.get());
            }
            assertThat(seeded).containsExactlyInAnyOrderElementsOf(SeedTypes.ALL.stream().map(RequestType::code)
                    .toList());
        }
        for (RequestType seed : SeedTypes.ALL) {
            assertThat(store.historyOf(seed.code())).hasSize(1);
        }
    }
}
