package ir.saorg.sehat.request.bulk.persistence;

import ir.saorg.sehat.request.bulk.RowError;
import ir.saorg.sehat.request.bulk.RowErrors;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Row errors in MongoDB, one document each, written in bulk as a batch progresses. */
@Repository
class MongoRowErrors implements RowErrors {

    static final String COLLECTION = "request_batch_errors";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    MongoRowErrors(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index("batchId", Sort.Direction.ASC).on("row", Sort.Direction.ASC));
    }

    @Override
    public void addAll(List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, RowError.class, COLLECTION).insert(errors).execute();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    @Override
    public void clear(String batchId) {
        mongo.remove(new Query(where("batchId").is(batchId)), COLLECTION);
    }

    @Override
    public List<RowError> of(String batchId) {
        return mongo.find(new Query(where("batchId").is(batchId)).with(Sort.by("row")), RowError.class, COLLECTION);
    }
}
