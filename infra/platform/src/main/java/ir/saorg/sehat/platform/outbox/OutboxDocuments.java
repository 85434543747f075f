package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.events.IntegrationEvent;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

/**
 * Writes documents together with the events their change causes, in one single-document operation, and tells the
 * relay about them. Every repository of an outbox collection writes through here.
 */
public class OutboxDocuments {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    public OutboxDocuments(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Inserts the entity with its events pending.
     *
     * @return false, with nothing written, when a unique index already holds an equal key
     */
    public boolean insert(String collection, Object entity, Object id, List<IntegrationEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(entity, document);
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(pending(events)));
        try {
            mongo.insert(document, collection);
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
        outbox.written(collection, id);
        return true;
    }

    /**
     * Applies the update, with the events added to the document's pending ones, to the first document the query
     * matches.
     *
     * @return whether a document matched and changed
     */
    public boolean update(String collection, Class<?> entityType, Object id, Query query, Update update,
                          List<IntegrationEvent> events) {
        if (!events.isEmpty()) {
            update.push(Outbox.FIELD).each(pending(events).toArray());
        }
        boolean changed = mongo.updateFirst(query, update, entityType, collection).getModifiedCount() == 1;
        if (changed && !events.isEmpty()) {
            outbox.written(collection, id);
        }
        return changed;
    }

    private List<PendingEvent> pending(List<IntegrationEvent> events) {
        return events.stream().map(outbox::pending).toList();
    }
}
