package ir.saorg.sehat.platform.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.store.GroupCommit;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts into one outbox collection for many threads at once: the documents that arrive while one unordered
 * {@code insertMany} runs go together in the next (group commit). Each caller still returns only once its own document
 * is stored, or refused as a duplicate, exactly as {@link OutboxDocuments#insert(String, Document, Object, List)}
 * answers it; a duplicate among them does not stop the others. For a busy insert path: issuing codes spent more than
 * half of its inserting threads' time in the driver's cost per command (docs/verification.md).
 */
public final class GroupedInserts implements AutoCloseable {

    static final int MAX_BATCH = 500;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final String collection;
    private final GroupCommit<Written, Outcome> inserts;

    GroupedInserts(MongoTemplate mongo, Outbox outbox, String collection) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.collection = collection;
        this.inserts = new GroupCommit<>("outbox-inserts-" + collection, MAX_BATCH, 10_000, TIMEOUT, this::insertAll);
    }

    /**
     * Inserts the document with its events pending, together with the documents of other callers.
     *
     * @return false, with nothing written, when a unique index already holds an equal key
     * @throws DataAccessException when the store refused it for another reason
     * @throws GroupCommit.WriteFailedException when its write failed as a whole, or did not answer in time: it may
     *                                          or may not be stored (a repeated insert will tell; the relay
     *                                          publishes its events either way)
     */
    public boolean insert(Document document, Object id, List<IntegrationEvent> events) {
        document.put(Outbox.FIELD, outbox.pendingDocuments(events));
        Outcome outcome = inserts.write(new Written(document, id));
        if (outcome.error() != null) {
            throw outcome.error();
        }
        if (outcome.stored()) {
            outbox.written(collection, id);
        }
        return outcome.stored();
    }

    private List<Outcome> insertAll(List<Written> written) {
        try {
            mongo.getCollection(collection).insertMany(written.stream().map(Written::document).toList(),
                    new InsertManyOptions().ordered(false));
            return Collections.nCopies(written.size(), Outcome.STORED);
        } catch (MongoBulkWriteException refused) {
            List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(written.size(), Outcome.STORED));
            for (BulkWriteError error : refused.getWriteErrors()) {
                outcomes.set(error.getIndex(), ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY
                        ? Outcome.DUPLICATE : new Outcome(false, new InsertRefusedException(collection, error)));
            }
            if (refused.getWriteConcernError() != null) {
                // Stored, but their callers hear of a failure: the relay publishes them now all the same.
                wake(written, outcomes);
                throw translated(refused);
            }
            return outcomes;
        } catch (MongoException failed) {
            throw translated(failed);
        } catch (RuntimeException beforeSending) {
            // The driver refused the batch before sending it (a document it cannot encode; a batch of MAX_BATCH
            // documents goes in one message): nothing was written, so each goes alone and only the one at fault fails.
            return written.stream().map(this::insertAlone).toList();
        }
    }

    private Outcome insertAlone(Written written) {
        try {
            mongo.getCollection(collection).insertOne(written.document());
            return Outcome.STORED;
        } catch (MongoException failed) {
            return failed instanceof MongoWriteException refused
                    && refused.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? Outcome.DUPLICATE
                    : new Outcome(false, translated(failed));
        } catch (RuntimeException refused) {
            return new Outcome(false, refused);
        }
    }

    private void wake(List<Written> written, List<Outcome> outcomes) {
        for (int i = 0; i < written.size(); i++) {
            if (outcomes.get(i).stored()) {
                outbox.written(collection, written.get(i).id());
            }
        }
    }

    private RuntimeException translated(MongoException failed) {
        RuntimeException translated = mongo.getExceptionTranslator().translateExceptionIfPossible(failed);
        return translated == null ? failed : translated;
    }

    /** Documents handed in and not yet taken by the writer. */
    int waiting() {
        return inserts.waiting();
    }

    @Override
    public void close() {
        inserts.close();
    }

    private record Written(Document document, Object id) {
    }

    private record Outcome(boolean stored, RuntimeException error) {
        static final Outcome STORED = new Outcome(true, null);
        static final Outcome DUPLICATE = new Outcome(false, null);
    }

    /** The store refused one document of a shared insert for a reason other than a duplicate key. */
    static class InsertRefusedException extends DataAccessException {
        InsertRefusedException(String collection, BulkWriteError error) {
            super("insert into " + collection + " refused: " + error.getCode() + " " + error.getMessage());
        }
    }
}
