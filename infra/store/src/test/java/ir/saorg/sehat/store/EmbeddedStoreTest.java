package ir.saorg.sehat.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Through the MongoDB driver, as the services use the store. */
class EmbeddedStoreTest {

    @TempDir
    Path directory;

    @Test
    void documentsAndUniqueIndexesSurviveARestart() {
        Path file = directory.resolve("store.mv");
        withCodes(EmbeddedStore.open(file), codes -> {
            uniqueOn(codes, "requestId");
            codes.insertMany(codes(0, 500));
            codes.updateOne(Filters.eq("_id", "code-7"), Updates.set("revoked", true));
            codes.deleteOne(Filters.eq("_id", "code-8"));
        });

        withCodes(EmbeddedStore.open(file), codes -> {
            assertThat(codes.countDocuments()).isEqualTo(499);
            assertThat(codes.find(Filters.eq("requestId", "request-7")).first()).containsEntry("revoked", true);
            assertThat(codes.find(Filters.eq("requestId", "request-8")).first()).isNull();
            assertThat(codes.find(Filters.eq("requestId", "request-499")).first()).containsEntry("_id", "code-499");
            assertRefusedAsDuplicate(() -> codes.insertOne(code(1000).append("requestId", "request-3")));
            assertRefusedAsDuplicate(() -> codes.insertOne(code(3)));
            codes.insertOne(code(8));
            assertThat(codes.find(Filters.eq("requestId", "request-8")).first()).containsEntry("_id", "code-8");
        });
    }

    @Test
    void aFileWrittenByThePlainBackendIsFoundThroughItsIndexesAndTheyAreRewrittenOnce() {
        Path file = directory.resolve("store.mv");
        withCodes(new H2Backend(file.toString()), codes -> {
            uniqueOn(codes, "requestId");
            codes.insertMany(codes(0, 300));
        });

        withCodes(EmbeddedStore.open(file), codes -> {
            for (int i = 0; i < 300; i += 37) {
                assertThat(codes.find(Filters.eq("requestId", "request-" + i)).first()).containsEntry("_id", "code-" + i);
                assertThat(codes.find(Filters.eq("_id", "code-" + i)).first()).containsEntry("requestId", "request-" + i);
            }
            assertRefusedAsDuplicate(() -> codes.insertOne(code(1000).append("requestId", "request-299")));
            codes.insertMany(codes(300, 400));
        });

        MVStore store = MVStore.open(file.toString());
        try {
            assertThat(store.openMap(EmbeddedStore.FORMAT_MAP).get(EmbeddedStore.INDEX_ORDER))
                    .isEqualTo(EmbeddedStore.CURRENT_INDEX_ORDER);
        } finally {
            store.close();
        }
        withCodes(EmbeddedStore.open(file), codes -> {
            assertThat(codes.countDocuments()).isEqualTo(400);
            assertThat(codes.find(Filters.eq("requestId", "request-5")).first()).containsEntry("_id", "code-5");
            assertThat(codes.find(Filters.eq("requestId", "request-350")).first()).containsEntry("_id", "code-350");
        });
    }

    @Test
    void aRewriteThatFailsHalfWayLeavesTheFileAsItWasAndTheNextStartDoesItAll() {
        Path file = directory.resolve("store.mv");
        withCodes(new H2Backend(file.toString()), codes -> {
            uniqueOn(codes, "requestId");
            uniqueOn(codes, "holder.name");
            codes.insertMany(codes(0, 200));
        });

        assertThatThrownBy(() -> EmbeddedStore.bringIndexesUpToDate(file, name -> {
            throw new IllegalStateException("stopped after " + name);
        })).hasMessageStartingWith("stopped after");

        withCodes(new H2Backend(file.toString()), codes ->
                assertThat(codes.find(Filters.eq("requestId", "request-150")).first()).containsEntry("_id", "code-150"));
        withCodes(EmbeddedStore.open(file), codes -> {
            assertThat(codes.find(Filters.eq("requestId", "request-150")).first()).containsEntry("_id", "code-150");
            assertThat(codes.find(Filters.eq("holder.name", "دانشجو 42")).first()).containsEntry("_id", "code-42");
            assertThat(codes.find(Filters.eq("_id", "code-199")).first()).containsEntry("requestId", "request-199");
        });
    }

    @Test
    void aDateFinerThanBsonsMillisecondsIsKeptAsItIsSoItsIndexedDocumentCanStillBeRemoved() {
        Path file = directory.resolve("store.mv");
        withCodes(EmbeddedStore.open(file), codes -> {
            uniqueOn(codes, "at");
            codes.insertOne(code(1));
            codes.updateOne(Filters.eq("_id", "code-1"), Updates.currentDate("at"));
        });

        withCodes(EmbeddedStore.open(file), codes -> {
            assertThat(codes.deleteOne(Filters.eq("_id", "code-1")).getDeletedCount()).isEqualTo(1);
            assertThat(codes.countDocuments()).isZero();
            codes.insertOne(code(1));
            assertThat(codes.find(Filters.eq("_id", "code-1")).first()).containsEntry("requestId", "request-1");
        });
    }

    /**
     * mongo-java-server leaves a renamed collection's index maps under the old name (and its documents are gone after a
     * restart, with the plain backend too); dropping the database must still read those maps.
     */
    @Test
    void aDatabaseWithARenamedCollectionCanBeDroppedAfterARestart() {
        Path file = directory.resolve("store.mv");
        withCodes(EmbeddedStore.open(file), codes -> {
            uniqueOn(codes, "requestId");
            codes.insertMany(codes(0, 10));
            codes.renameCollection(new com.mongodb.MongoNamespace("code-service", "old_codes"));
        });

        withDatabase(EmbeddedStore.open(file), database -> {
            database.drop();
            assertThat(database.listCollectionNames().into(new ArrayList<>())).isEmpty();
        });
    }

    private static void uniqueOn(MongoCollection<Document> codes, String field) {
        codes.createIndex(Indexes.ascending(field), new IndexOptions().unique(true));
    }

    private static void assertRefusedAsDuplicate(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static List<Document> codes(int from, int to) {
        List<Document> codes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            codes.add(code(i));
        }
        return codes;
    }

    private static Document code(int i) {
        return new Document("_id", "code-" + i).append("requestId", "request-" + i)
                .append("holder", new Document("name", "دانشجو " + i)).append("attempts", i);
    }

    private static void withCodes(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        withDatabase(backend, database -> work.accept(database.getCollection("codes")));
    }

    private static void withDatabase(MongoBackend backend, Consumer<MongoDatabase> work) {
        var server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client.getDatabase("code-service"));
        } finally {
            server.shutdown();
        }
    }
}
