package ir.saorg.sehat.code.issuing.persistence;

import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.outbox.Outbox;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Codes in MongoDB: the digits are the document id, and a unique index on the request id allows one per request. */
@Repository
public class MongoCodes implements Codes {

    public static final String COLLECTION = "codes";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoCodes(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(COLLECTION).createIndex(new Index("requestId", Sort.Direction.ASC).unique().named("one_code_per_request"));
    }

    @Override
    public Insert insert(IssuedCode code, List<IntegrationEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(code, document);
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(events.stream().map(outbox::pending).toList()));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException duplicate) {
            return mongo.exists(new Query(where("requestId").is(code.requestId())), COLLECTION)
                    ? Insert.REQUEST_HAS_CODE : Insert.CODE_TAKEN;
        }
        outbox.written(COLLECTION, code.id());
        return Insert.STORED;
    }

    @Override
    public Optional<IssuedCode> byCode(String digits) {
        return Optional.ofNullable(mongo.findById(digits, IssuedCode.class, COLLECTION));
    }
}
