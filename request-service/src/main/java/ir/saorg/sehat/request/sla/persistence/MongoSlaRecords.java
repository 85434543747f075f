package ir.saorg.sehat.request.sla.persistence;

import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;
import ir.saorg.sehat.request.sla.SlaRecords;
import ir.saorg.sehat.request.sla.SlaSample;
import ir.saorg.sehat.request.sla.SlaScope;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The agreement's clocks in the {@code requests} collection. Marking a breach is one conditional single-document
 * update that sets {@code slaBreachedAt}, adds the timeline line and adds SlaBreached to the document's outbox.
 * The report's range queries on {@code submittedAt} use the listing's indexes (query/persistence).
 */
@Repository
class MongoSlaRecords implements SlaRecords {

    static final String COLLECTION = "requests";
    private static final String[] SAMPLE_FIELDS = {"type", "university", "status", "submittedAt", "resultDueAt",
            "initialResultAt", "resultAnnouncedAt", "slaBreachedAt"};
    private static final List<String> OPEN = RequestStatus.openStatuses().stream().map(Enum::name).toList();

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;

    MongoSlaRecords(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @PostConstruct
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("slaBreachedAt", Sort.Direction.ASC)
                .on("resultDueAt", Sort.Direction.ASC).named("sla_open_past_due"));
        indexes.createIndex(new Index("resultDueAt", Sort.Direction.ASC).named("sla_due"));
    }

    @Override
    public Stream<SlaSample> submitted(SlaScope scope) {
        var query = new Query(where("submittedAt").gte(scope.start()).lt(scope.end()));
        if (scope.university() != null) {
            query.addCriteria(where("university").is(scope.university()));
        }
        if (!scope.types().isEmpty()) {
            query.addCriteria(where("type").in(scope.types()));
        }
        return samples(query);
    }

    @Override
    public Stream<SlaSample> unmarkedPastDue(Instant now) {
        return samples(new Query(where("status").in(OPEN).and("slaBreachedAt").is(null).and("resultDueAt").lt(now)
                .and("initialResultAt").is(null)));
    }

    @Override
    public Stream<SlaSample> resultedUnmarkedDueBetween(Instant after, Instant upTo) {
        return samples(new Query(where("resultDueAt").gt(after).lte(upTo).and("slaBreachedAt").is(null)
                .and("initialResultAt").ne(null)));
    }

    @Override
    public boolean markBreached(SlaSample request, TimelineEntry entry, SlaBreached event) {
        var query = new Query(where("_id").is(request.id()).and("slaBreachedAt").is(null)
                .orOperator(where("initialResultAt").is(null), where("initialResultAt").gt(request.resultDueAt())));
        var update = new Update().set("slaBreachedAt", entry.at()).push("timeline", entry);
        return documents.update(COLLECTION, Request.class, request.id(), query, update, List.of(event));
    }

    @Override
    public Map<String, Long> openPastDueByType(Instant now) {
        var counting = newAggregation(
                match(where("status").in(OPEN).and("resultDueAt").lt(now).and("initialResultAt").is(null)),
                group("type").count().as("count"));
        Map<String, Long> counts = new TreeMap<>();
        mongo.aggregate(counting, COLLECTION, Document.class).forEach(row ->
                counts.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return counts;
    }

    private Stream<SlaSample> samples(Query query) {
        query.fields().include(SAMPLE_FIELDS);
        return mongo.stream(query, SlaSample.class, COLLECTION);
    }
}
