package ir.saorg.sehat.platform.inbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The events this service has already applied, one document per event id (the {@code _id}, so unique by
 * construction). Each service has its own database and so its own record.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String eventId) {
        var query = new Query(where("_id").is(eventId));
        query.fields().include("_id");
        return mongo.findOne(query, org.bson.Document.class, COLLECTION) != null;
    }

    /** Records an applied event; a second record of the same id (a race between instances) changes nothing. */
    public void record(String eventId, String type) {
        try {
            mongo.insert(new ProcessedEvent(eventId, type, Instant.now()), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // Another consumer applied it concurrently; its guarded transition made the effect single.
        }
    }

    record ProcessedEvent(String id, String type, Instant processedAt) {
    }
}
