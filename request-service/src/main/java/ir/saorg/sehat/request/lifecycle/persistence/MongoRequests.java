package ir.saorg.sehat.request.lifecycle.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.outbox.Outbox;
import ir.saorg.sehat.platform.outbox.PendingEvent;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;
import ir.saorg.sehat.request.lifecycle.Transition;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Requests in MongoDB, one document each, with their pending events in the same document: each write below is a
 * single-document operation, so the state change and its events are stored together or not at all.
 */
@Repository
class MongoRequests implements Requests {

    static final String COLLECTION = "requests";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoRequests(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void insert(Request request, List<IntegrationEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(request, document);
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(pending(events)));
        mongo.insert(document, COLLECTION);
        outbox.written(COLLECTION, request.id());
    }

    @Override
    public Optional<Request> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Request.class, COLLECTION));
    }

    @Override
    public boolean apply(Transition transition) {
        var query = new Query(where("_id").is(transition.requestId()).and("status").is(transition.from().name()));
        var update = new Update().set("status", transition.to().name()).push("timeline", transition.entry());
        transition.facts().forEach(update::set);
        if (!transition.events().isEmpty()) {
            update.push(Outbox.FIELD).each(pending(transition.events()).toArray());
        }
        boolean applied = mongo.updateFirst(query, update, Request.class, COLLECTION).getModifiedCount() == 1;
        if (applied && !transition.events().isEmpty()) {
            outbox.written(COLLECTION, transition.requestId());
        }
        return applied;
    }

    @Override
    public boolean recordAnnouncement(String requestId, TimelineEntry entry) {
        var query = new Query(where("_id").is(requestId).and("resultAnnouncedAt").is(null));
        var update = new Update().set("resultAnnouncedAt", entry.at()).push("timeline", entry);
        return mongo.updateFirst(query, update, Request.class, COLLECTION).getModifiedCount() == 1;
    }

    private List<PendingEvent> pending(List<IntegrationEvent> events) {
        return events.stream().map(outbox::pending).toList();
    }
}
