package ir.saorg.sehat.request.lifecycle.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;
import ir.saorg.sehat.request.lifecycle.Transition;
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
    private final OutboxDocuments documents;

    MongoRequests(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @Override
    public void insert(Request request, List<IntegrationEvent> events) {
        if (!documents.insert(COLLECTION, request, request.id(), events)) {
            throw new IllegalStateException("request id " + request.id() + " is taken");
        }
    }

    @Override
    public Optional<Request> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Request.class, COLLECTION));
    }

    @Override
    public boolean apply(Transition transition) {
        var query = new Query(where("_id").is(transition.requestId()).and("status").is(transition.from().name()));
        var update = new Update().set("status", transition.to().name());
        update.push("timeline").each(transition.entries().toArray());
        transition.facts().forEach(update::set);
        return documents.update(COLLECTION, Request.class, transition.requestId(), query, update, transition.events());
    }

    @Override
    public boolean recordAnnouncement(String requestId, TimelineEntry entry) {
        var query = new Query(where("_id").is(requestId).and("resultAnnouncedAt").is(null));
        var update = new Update().set("resultAnnouncedAt", entry.at()).push("timeline", entry);
        return mongo.updateFirst(query, update, Request.class, COLLECTION).getModifiedCount() == 1;
    }
}
