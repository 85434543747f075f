package ir.saorg.sehat.code.validity.persistence;

import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.issuing.persistence.MongoCodes;
import ir.saorg.sehat.code.validity.ExpiringCodes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Expiry in the {@code codes} collection: {@code expiryAnnouncedAt} is set once, with CodeExpired in the outbox. */
@Repository
class MongoExpiringCodes implements ExpiringCodes {

    static final String ANNOUNCED = "expiryAnnouncedAt";

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;

    MongoExpiringCodes(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @Override
    public List<IssuedCode> expiredUnannounced(Instant now, int limit) {
        var query = new Query(where("expiresAt").lte(now).and(ANNOUNCED).exists(false)).limit(limit);
        return mongo.find(query, IssuedCode.class, MongoCodes.COLLECTION);
    }

    @Override
    public boolean announce(IssuedCode code, Instant at, List<IntegrationEvent> events) {
        var query = new Query(where("_id").is(code.id()).and(ANNOUNCED).exists(false));
        return documents.update(MongoCodes.COLLECTION, IssuedCode.class, code.id(), query, new Update().set(ANNOUNCED, at),
                events);
    }
}
