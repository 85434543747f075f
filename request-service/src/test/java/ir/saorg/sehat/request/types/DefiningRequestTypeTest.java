package ir.saorg.sehat.request.types;

import ir.saorg.sehat.request.types.DefiningRequestType.InvalidTypeDefinitionException;
import ir.saorg.sehat.request.types.DefiningRequestType.TypeExistsException;
import ir.saorg.sehat.request.types.DefiningRequestType.UnknownTypeException;
import ir.saorg.sehat.request.types.DefiningRequestType.VersionMismatchException;
import ir.saorg.sehat.request.types.RequestTypeDefinition.FieldDefinition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static ir.saorg.sehat.request.types.TypeDefinitions.plus;
import static ir.saorg.sehat.request.types.TypeDefinitions.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefiningRequestTypeTest {

    private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");
    private final InMemoryTypeVersions store = new InMemoryTypeVersions();
    private final StoredTypeCatalogue catalogue = new StoredTypeCatalogue(store, Duration.ofMinutes(5));
    private final DefiningRequestType defining = new DefiningRequestType(store, catalogue,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsATypeAsVersionOne() {
        var saved = defining.create(valid("TRIAL"), "operator.a");

        assertThat(saved.created()).isTrue();
        assertThat(saved.version().type().version()).isEqualTo(1);
        assertThat(saved.version().savedBy()).isEqualTo("operator.a");
        assertThat(saved.version().savedAt()).isEqualTo(NOW);
        assertThat(catalogue.current("TRIAL")).contains(saved.version().type());
    }

    @Test
    void refusesToCreateATypeTwice() {
        defining.create(valid("TRIAL"), "operator.a");
        assertThatThrownBy(() -> defining.create(valid("TRIAL"), "operator.b")).isInstanceOf(TypeExistsException.class);
    }

    @Test
    void refusesAnInvalidDefinitionWithEveryProblem() {
        assertThatThrownBy(() -> defining.create(plus(valid("trial"), TypeDefinitions.field("Bad", "TEXT")), "o"))
                .isInstanceOfSatisfying(InvalidTypeDefinitionException.class,
                        e -> assertThat(e.problems()).hasSize(2));
        assertThat(store.latest("trial")).isEmpty();
    }

    @Test
    void storesAChangeAsTheNextVersionAndKeepsTheOldOne() {
        var first = defining.create(valid("TRIAL"), "operator.a").version().type();

        var second = defining.change("TRIAL", 1, plus(valid(null), TypeDefinitions.field("note", "TEXT")),
                "operator.b");

        assertThat(second.created()).isTrue();
        assertThat(second.version().type().version()).isEqualTo(2);
        assertThat(second.version().type().fields()).extracting(GuideField::name).contains("note");
        assertThat(catalogue.current("TRIAL")).contains(second.version().type());
        assertThat(catalogue.version("TRIAL", 1)).contains(first);
        assertThat(store.historyOf("TRIAL")).extracting(TypeVersion::version).containsExactly(2, 1);
    }

    @Test
    void refusesAChangeMadeFromAnOlderVersion() {
        defining.create(valid("TRIAL"), "operator.a");
        defining.change("TRIAL", 1, plus(valid("TRIAL"), TypeDefinitions.field("note", "TEXT")), "operator.a");

        assertThatThrownBy(() -> defining.change("TRIAL", 1, valid("TRIAL"), "operator.b"))
                .isInstanceOfSatisfying(VersionMismatchException.class,
                        e -> assertThat(e.current().version()).isEqualTo(2));
        assertThat(store.historyOf("TRIAL")).hasSize(2);
    }

    @Test
    void refusesAChangeOfAnUnknownType() {
        assertThatThrownBy(() -> defining.change("NOPE", 1, valid("NOPE"), "o"))
                .isInstanceOf(UnknownTypeException.class);
    }

    @Test
    void storesNothingForAChangeThatChangesNothing() {
        var first = defining.create(valid("TRIAL"), "operator.a").version();

        var again = defining.change("TRIAL", 1, RequestTypeDefinition.of(first.type()), "operator.b");

        assertThat(again.created()).isFalse();
        assertThat(again.version()).isEqualTo(first);
        assertThat(store.historyOf("TRIAL")).hasSize(1);
    }

    @Test
    void letsOneOfTwoConcurrentChangesOfTheSameVersionIn() throws Exception {
        defining.create(valid("TRIAL"), "operator.a");
        var start = new CountDownLatch(1);
        List<Callable<String>> changes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FieldDefinition extra = TypeDefinitions.field("note" + i, "TEXT");
            changes.add(() -> {
                start.await();
                try {
                    defining.change("TRIAL", 1, plus(valid("TRIAL"), extra), "operator");
                    return "saved";
                } catch (VersionMismatchException e) {
                    return "refused";
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> outcomes = changes.stream().map(pool::submit).toList();
            start.countDown();
            var results = new ArrayList<String>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("saved");
        }
        assertThat(store.historyOf("TRIAL")).extracting(TypeVersion::version).containsExactly(2, 1);
    }
}
