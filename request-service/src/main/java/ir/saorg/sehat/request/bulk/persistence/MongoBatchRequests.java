package ir.saorg.sehat.request.bulk.persistence;

import ir.saorg.sehat.request.bulk.BatchRequests;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads the requests a batch made from the requests collection, by their indexed {@code batchId}: only the fields the
 * reports show, never the timeline or the outbox.
 */
@Repository
class MongoBatchRequests implements BatchRequests {

    /** The lifecycle's collection (lifecycle.persistence.MongoRequests), read here and never written. */
    static final String REQUESTS = "requests";

    private final MongoTemplate mongo;

    MongoBatchRequests(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long codesIssued(String batchId) {
        return mongo.count(new Query(where("batchId").is(batchId).and("code").ne(null)), REQUESTS);
    }

    @Override
    public List<RequestOfBatch> of(String batchId) {
        var query = new Query(where("batchId").is(batchId));
        query.fields().include("_id", "idempotencyKey", "fields", "status", "code.value");
        return mongo.find(query, Document.class, REQUESTS).stream().map(MongoBatchRequests::toRequest).toList();
    }

    private static RequestOfBatch toRequest(Document document) {
        Map<String, String> fields = new LinkedHashMap<>();
        Document stored = document.get("fields", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> fields.put(name, String.valueOf(value)));
        }
        Document code = document.get("code", Document.class);
        return new RequestOfBatch(String.valueOf(document.get("_id")), document.getString("idempotencyKey"), fields,
                document.getString("status"), code == null ? null : code.getString("value"));
    }
}
