package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.events.IntegrationEvent;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes documents together with the events their change causes, in one single-document operation, and tells the
 * relay about them. Every repository of an outbox collection writes through here.
 */
public class OutboxDocuments implements AutoCloseable {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Map<String, GroupedInserts> grouped = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public OutboxDocuments(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Inserts the entity, as Spring Data maps it, with its events pending.
     *
     * @return false, with nothing written, when a unique index already holds an equal key
     */
    public boolean insert(String collection, Object entity, Object id, List<IntegrationEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(entity, document);
        return insert(collection, document, id, events);
    }

    /**
     * Inserts the document, mapped by the caller, with its events pending. Without Spring Data's mapping and its
     * save events and callbacks, which nothing here listens to: on a busy insert path (issuing codes) they took a
     * fifth of the inserting thread's time (docs/verification.md).
     *
     * @return false, with nothing written, when a unique index already holds an equal key
     */
    public boolean insert(String collection, Document document, Object id, List<IntegrationEvent> events) {
        document.put(Outbox.FIELD, outbox.pendingDocuments(events));
        try {
            mongo.execute(collection, stored -> stored.insertOne(document));
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
            update.push(Outbox.FIELD).each(outbox.pendingDocuments(events).toArray());
        }
        boolean changed = mongo.updateFirst(query, update, entityType, collection).getModifiedCount() == 1;
        if (changed && !events.isEmpty()) {
            outbox.written(collection, id);
        }
        return changed;
    }

    /**
     * Inserts into the collection through one shared group commit ({@link GroupedInserts}), for collections that many
     * threads insert into at once.
     */
    public GroupedInserts grouped(String collection) {
        if (closed) {
            throw new IllegalStateException("closed: no more grouped inserts into " + collection);
        }
        return grouped.computeIfAbsent(collection, name -> new GroupedInserts(mongo, outbox, name));
    }

    @Override
    public void close() {
        closed = true;
        grouped.values().forEach(GroupedInserts::close);
    }

}
