package ir.saorg.sehat.request.query.persistence;

import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.query.ListedRequest;
import ir.saorg.sehat.request.query.RequestFilter;
import ir.saorg.sehat.request.query.RequestListing;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Lists from the {@code requests} collection, newest first. The indexes follow equality, then sort: a staff list
 * always names its university, an operator's may not; status and type are the common filters; a student is looked
 * up by national ID or student number. Each index ends in {@code submittedAt, _id} descending so that the page is
 * read in order from the index, never sorted in memory. The SLA report's range queries on {@code submittedAt} use
 * these too.
 */
@Repository
class MongoRequestListing implements RequestListing {

    static final String COLLECTION = "requests";
    private static final String[] ROW_FIELDS = {"type", "university", "status", "fields", "submittedAt",
            "resultDueAt", "code", "batchId"};

    private final MongoTemplate mongo;

    MongoRequestListing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(newest(new Index()).named("list_newest"));
        indexes.createIndex(newest(new Index("university", Sort.Direction.ASC)).named("list_by_university"));
        indexes.createIndex(newest(new Index("university", Sort.Direction.ASC).on("status", Sort.Direction.ASC))
                .named("list_by_university_status"));
        indexes.createIndex(newest(new Index("university", Sort.Direction.ASC).on("type", Sort.Direction.ASC))
                .named("list_by_university_type"));
        indexes.createIndex(newest(new Index("status", Sort.Direction.ASC)).named("list_by_status"));
        indexes.createIndex(newest(new Index("type", Sort.Direction.ASC)).named("list_by_type"));
        indexes.createIndex(new Index("fields.nationalId", Sort.Direction.ASC).named("list_by_national_id"));
        indexes.createIndex(new Index("fields.studentNumber", Sort.Direction.ASC).named("list_by_student_number"));
    }

    private static Index newest(Index index) {
        return index.on("submittedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC);
    }

    @Override
    public List<ListedRequest> newestFirst(RequestFilter filter, int skip, int limit) {
        var query = new Query(criteria(filter))
                .with(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("_id"))).skip(skip).limit(limit);
        query.fields().include(ROW_FIELDS);
        return mongo.find(query, ListedRequest.class, COLLECTION);
    }

    private static Criteria criteria(RequestFilter filter) {
        var criteria = new Criteria();
        if (filter.university() != null) {
            criteria.and("university").is(filter.university());
        }
        if (!filter.statuses().isEmpty()) {
            criteria.and("status").in(filter.statuses().stream().map(RequestStatus::name).toList());
        }
        if (!filter.types().isEmpty()) {
            criteria.and("type").in(filter.types());
        }
        if (filter.submittedFrom() != null || filter.submittedBefore() != null) {
            var submitted = criteria.and("submittedAt");
            if (filter.submittedFrom() != null) {
                submitted.gte(filter.submittedFrom());
            }
            if (filter.submittedBefore() != null) {
                submitted.lt(filter.submittedBefore());
            }
        }
        if (filter.batchId() != null) {
            criteria.and("batchId").is(filter.batchId());
        }
        if (filter.student() != null) {
            criteria.orOperator(where("fields.nationalId").is(filter.student()),
                    where("fields.studentNumber").is(filter.student()));
        }
        return criteria;
    }
}
