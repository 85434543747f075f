package ir.saorg.sehat.platform.outbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.WriteConcernError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import ir.saorg.sehat.platform.store.GroupCommit;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * How a caller of a shared insert learns what became of its own document when the store refuses part of the write.
 * That a duplicate refuses one document and stores the others, on the store itself, is in {@code OutboxRelayScenarios}.
 */
class GroupedInsertsTest {

    @SuppressWarnings("unchecked")
    final MongoCollection<Document> collection = mock(MongoCollection.class);
    final MongoTemplate mongo = mock(MongoTemplate.class);
    final Outbox outbox = mock(Outbox.class);
    GroupedInserts inserts;

    GroupedInsertsTest() {
        when(mongo.getCollection("things")).thenReturn(collection);
        when(mongo.getExceptionTranslator()).thenReturn(new MongoExceptionTranslator());
        inserts = new GroupedInserts(mongo, outbox, "things");
    }

    @AfterEach
    void stop() {
        inserts.close();
    }

    @Test
    void aStoredDocumentWakesTheRelay() {
        assertThat(inserts.insert(new Document("_id", "a"), "a", List.of())).isTrue();

        verify(outbox).written("things", "a");
    }

    @Test
    void aDuplicateKeyAnswersFalseAndWakesNothing() {
        refuse(new BulkWriteError(11000, "E11000 duplicate key error", new BsonDocument(), 0), null);

        assertThat(inserts.insert(new Document("_id", "a"), "a", List.of())).isFalse();

        verify(outbox, never()).written(any(), any());
    }

    @Test
    void anotherRefusalIsAnErrorForThatCaller() {
        refuse(new BulkWriteError(2, "BadValue", new BsonDocument(), 0), null);

        assertThatThrownBy(() -> inserts.insert(new Document("_id", "a"), "a", List.of()))
                .isInstanceOf(GroupedInserts.InsertRefusedException.class).hasMessageContaining("things")
                .hasMessageContaining("BadValue");
        verify(outbox, never()).written(any(), any());
    }

    @Test
    void aWriteConcernErrorFailsTheWriteYetTheRelayPublishesWhatWasStored() {
        refuse(null, new WriteConcernError(64, "WriteConcernFailed", "waiting for replication timed out",
                new BsonDocument()));

        assertThatThrownBy(() -> inserts.insert(new Document("_id", "a"), "a", List.of()))
                .isInstanceOf(GroupCommit.WriteFailedException.class)
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
        verify(outbox).written("things", "a");
    }

    @Test
    void aDocumentTheDriverCannotEncodeFailsOnlyItsOwnCallerInASharedWrite() throws Exception {
        var firstWriteStarted = new CountDownLatch(1);
        var releaseFirstWrite = new CountDownLatch(1);
        Document unencodable = new Document("_id", "bad").append("what", new Object());
        when(collection.insertMany(anyList(), any(InsertManyOptions.class))).thenAnswer(call -> {
            List<?> batch = call.getArgument(0);
            if (batch.size() == 1 && ((Document) batch.getFirst()).get("_id").equals("first")) {
                firstWriteStarted.countDown();
                releaseFirstWrite.await();
                return null;
            }
            throw new CodecConfigurationException("Can't find a codec for class java.lang.Object.");
        });
        when(collection.insertOne(unencodable)).thenThrow(new CodecConfigurationException("Can't find a codec"));

        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = callers.submit(() -> inserts.insert(new Document("_id", "first"), "first", List.of()));
            firstWriteStarted.await();
            var bad = callers.submit(() -> inserts.insert(unencodable, "bad", List.of()));
            var good = callers.submit(() -> inserts.insert(new Document("_id", "good"), "good", List.of()));
            await().atMost(Duration.ofSeconds(10)).until(() -> inserts.waiting() == 2);
            releaseFirstWrite.countDown();

            assertThat(first.get()).isTrue();
            assertThat(good.get()).as("stored alone after the shared write was refused").isTrue();
            assertThatThrownBy(bad::get).hasCauseInstanceOf(CodecConfigurationException.class);
        }
        verify(outbox).written("things", "good");
        verify(outbox, never()).written("things", "bad");
    }

    @Test
    void anUnreachableStoreFailsTheWrite() {
        when(collection.insertMany(anyList(), any(InsertManyOptions.class)))
                .thenThrow(new MongoSocketReadException("connection reset", new ServerAddress()));

        assertThatThrownBy(() -> inserts.insert(new Document("_id", "a"), "a", List.of()))
                .isInstanceOf(GroupCommit.WriteFailedException.class)
                .hasCauseInstanceOf(DataAccessResourceFailureException.class);
    }

    private void refuse(BulkWriteError error, WriteConcernError concern) {
        when(collection.insertMany(anyList(), any(InsertManyOptions.class))).thenThrow(new MongoBulkWriteException(
                BulkWriteResult.acknowledged(0, 0, 0, 0, List.of(), List.of()),
                error == null ? List.of() : List.of(error), concern, new ServerAddress(), Set.of()));
    }
}
