package ir.saorg.sehat.payment.deciding.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.payment.deciding.Payment;
import ir.saorg.sehat.payment.deciding.Payments;
import ir.saorg.sehat.platform.outbox.Outbox;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Payment decisions in MongoDB, keyed by request id, each stored with its pending events in one insert. */
@Repository
public class MongoPayments implements Payments {

    public static final String COLLECTION = "payments";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoPayments(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insertIfAbsent(Payment payment, List<IntegrationEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(payment, document);
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(events.stream().map(outbox::pending).toList()));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException alreadyDecided) {
            return false;
        }
        outbox.written(COLLECTION, payment.id());
        return true;
    }
}
