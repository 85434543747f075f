package ir.saorg.sehat.request.lifecycle.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;
import ir.saorg.sehat.request.lifecycle.Transition;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Requests in MongoDB, one document each, with their pending events in the same document: each write below is a
 * single-document operation, so the state change and its events are stored together or not at all. Two unique sparse
 * indexes keep one open request per student and type ({@code openFor}, removed when a request closes) and one request
 * per idempotency key.
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

    @PostConstruct
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("openFor", Sort.Direction.ASC).unique().sparse().named("one_open_per_student"));
        indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().sparse()
                .named("one_per_idempotency_key"));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("callClosesAt", Sort.Direction.ASC));
        indexes.createIndex(new Index("university", Sort.Direction.ASC).on("submittedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("batchId", Sort.Direction.ASC).sparse());
    }

    @Override
    public boolean insert(Request request, List<IntegrationEvent> events) {
        return documents.insert(COLLECTION, request, request.id(), events);
    }

    @Override
    public Optional<Request> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Request.class, COLLECTION));
    }

    @Override
    public Optional<Request> findByIdempotencyKey(String key) {
        return Optional.ofNullable(mongo.findOne(new Query(where("idempotencyKey").is(key)), Request.class, COLLECTION));
    }

    @Override
    public Optional<Request> findOpen(String openFor) {
        return Optional.ofNullable(mongo.findOne(new Query(where("openFor").is(openFor)), Request.class, COLLECTION));
    }

    @Override
    public boolean apply(Transition transition) {
        var query = new Query(where("_id").is(transition.requestId()).and("status").is(transition.from().name()));
        var update = new Update().set("status", transition.to().name());
        update.push("timeline").each(transition.entries().toArray());
        transition.facts().forEach(update::set);
        if (!transition.to().open()) {
            update.unset("openFor");
        }
        return documents.update(COLLECTION, Request.class, transition.requestId(), query, update, transition.events());
    }

    @Override
    public Optional<Request> recordAnnouncement(String requestId, TimelineEntry entry) {
        var query = new Query(where("_id").is(requestId).and("resultAnnouncedAt").is(null));
        var update = new Update().set("resultAnnouncedAt", entry.at()).push("timeline", entry);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                Request.class, COLLECTION));
    }

    @Override
    public List<Request> awaitingPaymentAfterCall(Instant now, int limit) {
        var query = new Query(where("status").is(RequestStatus.AWAITING_PAYMENT.name()).and("callClosesAt").lte(now))
                .limit(limit);
        return mongo.find(query, Request.class, COLLECTION);
    }
}
