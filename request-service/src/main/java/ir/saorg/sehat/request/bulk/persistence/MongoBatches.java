package ir.saorg.sehat.request.bulk.persistence;

import ir.saorg.sehat.request.bulk.Batch;
import ir.saorg.sehat.request.bulk.BatchStatus;
import ir.saorg.sehat.request.bulk.Batches;
import jakarta.annotation.PostConstruct;
import org.springframework.dao.DuplicateKeyException;
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

/** Batches in MongoDB, one small document each (the file itself is in {@link GridFsBatchFiles}). */
@Repository
class MongoBatches implements Batches {

    static final String COLLECTION = "request_batches";

    private final MongoTemplate mongo;

    MongoBatches(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("university", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("claimedUntil", Sort.Direction.ASC));
    }

    @Override
    public boolean insert(Batch batch) {
        try {
            mongo.insert(batch, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void save(Batch batch) {
        mongo.save(batch, COLLECTION);
    }

    @Override
    public Optional<Batch> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Batch.class, COLLECTION));
    }

    @Override
    public boolean claim(String id, Instant now, Instant until) {
        var query = new Query(where("_id").is(id).andOperator(unclaimed(now)));
        return mongo.updateFirst(query, new Update().set("claimedUntil", until), Batch.class, COLLECTION)
                .getModifiedCount() == 1;
    }

    @Override
    public List<Batch> unclaimed(Instant now, int limit) {
        var query = new Query(unclaimed(now)).with(Sort.by("receivedAt")).limit(limit);
        return mongo.find(query, Batch.class, COLLECTION);
    }

    private static Criteria unclaimed(Instant now) {
        return where("status").in(BatchStatus.unfinished().stream().map(Enum::name).toList())
                .orOperator(where("claimedUntil").is(null), where("claimedUntil").lt(now));
    }

    @Override
    public List<Batch> newestFirst(String university, int page, int size) {
        var query = ofUniversity(university).with(Sort.by(Sort.Direction.DESC, "receivedAt"))
                .skip((long) page * size).limit(size);
        return mongo.find(query, Batch.class, COLLECTION);
    }

    @Override
    public long count(String university) {
        return mongo.count(ofUniversity(university), COLLECTION);
    }

    private static Query ofUniversity(String university) {
        return university == null ? new Query() : new Query(where("university").is(university));
    }
}
