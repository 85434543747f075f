package ir.saorg.sehat.code.issuing.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssueFailure;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.outbox.GroupedInserts;
import ir.saorg.sehat.platform.outbox.Outbox;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Codes in MongoDB: the digits are the document id, and a unique index on the request id allows one per request. New
 * codes are inserted through a group commit shared by the consumer threads ({@link GroupedInserts}).
 */
@Repository
public class MongoCodes implements Codes {

    public static final String COLLECTION = "codes";
    public static final String FAILURES = "issueFailures";

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;
    private final GroupedInserts inserts;

    MongoCodes(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        this.inserts = documents.grouped(COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index("requestId", Sort.Direction.ASC).unique().named("one_code_per_request"));
    }

    @Override
    public Insert insert(IssuedCode code, List<IntegrationEvent> events) {
        if (inserts.insert(CodeDocument.of(code), code.id(), events)) {
            return Insert.STORED;
        }
        return mongo.exists(new Query(where("requestId").is(code.requestId())), COLLECTION)
                ? Insert.REQUEST_HAS_CODE : Insert.CODE_TAKEN;
    }

    @Override
    public Optional<IssuedCode> byRequest(String requestId) {
        return first(Filters.eq("requestId", requestId));
    }

    @Override
    public boolean replace(String old, String replacement, IssuedCode.Revocation revocation,
                           List<IntegrationEvent> events) {
        if (revoke(old, revocation, events)) {
            return true;
        }
        var query = new Query(where("_id").is(old).and("revocation").ne(null).and("revocation.replacedBy").is(null));
        return mongo.updateFirst(query, new Update().set("revocation.replacedBy", replacement), COLLECTION)
                .getModifiedCount() == 1;
    }

    @Override
    public boolean recordFailure(IssueFailure failure, List<IntegrationEvent> events) {
        // The request id is the document id: one failure per request, and the relay is woken by the id it can find.
        var document = new Document("_id", failure.requestId()).append("reason", failure.reason().name())
                .append("attempts", failure.attempts()).append("failedAt", Date.from(failure.failedAt()));
        return documents.insert(FAILURES, document, failure.requestId(), events);
    }

    @Override
    public boolean extend(String digits, Instant expected, Instant expiresAt, int usedDays,
                          List<IntegrationEvent> events) {
        var query = new Query(where("_id").is(digits).and("expiresAt").is(expected).and("revocation").is(null));
        var update = new Update().set("expiresAt", expiresAt).set("extension.usedDays", usedDays)
                .unset("expiryAnnouncedAt");
        return documents.update(COLLECTION, IssuedCode.class, digits, query, update, events);
    }

    @Override
    public boolean revoke(String digits, IssuedCode.Revocation revocation, List<IntegrationEvent> events) {
        var query = new Query(where("_id").is(digits).and("revocation").is(null));
        return documents.update(COLLECTION, IssuedCode.class, digits, query,
                new Update().set("revocation", revocation), events);
    }

    @Override
    public Optional<IssuedCode> byCode(String digits) {
        return first(Filters.eq("_id", digits));
    }

    /** Without its pending events, which no reader needs, and without Spring Data's reflective mapping. */
    private Optional<IssuedCode> first(Bson filter) {
        return Optional.ofNullable(mongo.execute(COLLECTION, codes -> codes.find(filter)
                .projection(Projections.exclude(Outbox.FIELD)).first())).map(CodeDocument::toCode);
    }
}
