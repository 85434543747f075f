package ir.saorg.sehat.code.audit.persistence;

import ir.saorg.sehat.code.audit.VerificationLog;
import ir.saorg.sehat.code.verification.VerificationAudit;
import ir.saorg.sehat.code.verification.VerificationResult;
import ir.saorg.sehat.code.verification.persistence.MongoVerificationAudit;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The audit's {@code verifications} collection read back, with the indexes its three questions need. */
@Repository
class MongoVerificationLog implements VerificationLog {

    private static final String COLLECTION = MongoVerificationAudit.COLLECTION;

    private final MongoTemplate mongo;

    MongoVerificationLog(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("code", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("by_code"));
        indexes.createIndex(new Index("university", Sort.Direction.ASC).on("at", Sort.Direction.ASC)
                .named("by_university_and_time"));
        indexes.createIndex(new Index("at", Sort.Direction.ASC).named("by_time"));
    }

    @Override
    public Page ofCode(String digits, int page, int size) {
        // _id breaks ties within a millisecond: the driver makes ObjectIds in increasing order as it inserts
        var query = new Query(where("code").is(digits));
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "at", "_id")).skip((long) page * size).limit(size);
        return new Page(mongo.find(query, VerificationAudit.Entry.class, COLLECTION), total);
    }

    @Override
    public List<Tally> tally(Instant from, Instant to, String university) {
        Criteria criteria = where("at").gte(from).lt(to);
        if (university != null) {
            criteria = criteria.and("university").is(university);
        }
        var aggregation = Aggregation.newAggregation(Aggregation.match(criteria),
                Aggregation.group("documentType", "result", "fullDetail").count().as("count"));
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults().stream()
                .map(MongoVerificationLog::tally).toList();
    }

    private static Tally tally(Document row) {
        Document key = row.get("_id", Document.class);
        return new Tally(key.getString("documentType"), VerificationResult.valueOf(key.getString("result")),
                Boolean.TRUE.equals(key.getBoolean("fullDetail")), ((Number) row.get("count")).longValue());
    }
}
