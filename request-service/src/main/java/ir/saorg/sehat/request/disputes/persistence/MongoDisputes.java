package ir.saorg.sehat.request.disputes.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import ir.saorg.sehat.request.disputes.Dispute;
import ir.saorg.sehat.request.disputes.DisputeMessage;
import ir.saorg.sehat.request.disputes.DisputeStatus;
import ir.saorg.sehat.request.disputes.Disputes;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Disputes in MongoDB, one document each with its pending events: every write is a single-document operation guarded
 * by the dispute's status (and deadline), so a change and its events are stored together or not at all. A unique
 * index on {@code requestId} keeps one dispute per request, ever.
 */
@Repository
class MongoDisputes implements Disputes {

    static final String COLLECTION = "disputes";

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;

    MongoDisputes(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @PostConstruct
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("requestId", Sort.Direction.ASC).unique().named("one_dispute_per_request"));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("closesAt", Sort.Direction.ASC)
                .named("by_deadline"));
        indexes.createIndex(new Index("university", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("closesAt", Sort.Direction.ASC).named("by_university"));
    }

    @Override
    public boolean insert(Dispute dispute, List<IntegrationEvent> events) {
        return documents.insert(COLLECTION, dispute, dispute.id(), events);
    }

    @Override
    public Optional<Dispute> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Dispute.class, COLLECTION));
    }

    @Override
    public Optional<Dispute> findByRequest(String requestId) {
        return Optional.ofNullable(mongo.findOne(new Query(where("requestId").is(requestId)), Dispute.class,
                COLLECTION));
    }

    @Override
    public boolean append(String id, DisputeMessage message, List<IntegrationEvent> events) {
        var query = new Query(open(id).and("closesAt").gt(message.at()));
        return documents.update(COLLECTION, Dispute.class, id, query, new Update().push("messages", message), events);
    }

    @Override
    public boolean close(String id, Dispute.Closing closing, List<IntegrationEvent> events) {
        Criteria deadline = open(id).and("closesAt");
        var query = new Query(closing.outcome() == DisputeClosed.Outcome.SETTLED
                ? deadline.gt(closing.at()) : deadline.lte(closing.at()));
        var update = new Update().set("status", DisputeStatus.CLOSED.name()).set("outcome", closing.outcome().name())
                .set("decision", closing.decision()).set("closedAt", closing.at()).set("closedBy", closing.by());
        return documents.update(COLLECTION, Dispute.class, id, query, update, events);
    }

    @Override
    public List<Dispute> overdue(Instant now, int limit) {
        var query = new Query(where("status").is(DisputeStatus.OPEN.name()).and("closesAt").lte(now))
                .with(Sort.by("closesAt")).limit(limit);
        return mongo.find(query, Dispute.class, COLLECTION);
    }

    @Override
    public Page page(DisputeStatus status, String university, int page, int size) {
        var criteria = new Criteria();
        if (status != null) {
            criteria.and("status").is(status.name());
        }
        if (university != null) {
            criteria.and("university").is(university);
        }
        long total = mongo.count(new Query(criteria), COLLECTION);
        Sort order = status == DisputeStatus.OPEN
                ? Sort.by("closesAt").and(Sort.by("_id"))
                : Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id"));
        var query = new Query(criteria).with(order).skip((long) page * size).limit(size);
        return new Page(mongo.find(query, Dispute.class, COLLECTION), total);
    }

    private static Criteria open(String id) {
        return where("_id").is(id).and("status").is(DisputeStatus.OPEN.name());
    }
}
