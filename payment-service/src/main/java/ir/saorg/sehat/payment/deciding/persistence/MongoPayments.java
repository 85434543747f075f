package ir.saorg.sehat.payment.deciding.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.payment.deciding.Payment;
import ir.saorg.sehat.payment.deciding.Payments;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Payment decisions in MongoDB, keyed by request id, each stored with its pending events in one insert. */
@Repository
public class MongoPayments implements Payments {

    public static final String COLLECTION = "payments";

    private final OutboxDocuments documents;

    MongoPayments(OutboxDocuments documents) {
        this.documents = documents;
    }

    @Override
    public boolean insertIfAbsent(Payment payment, List<IntegrationEvent> events) {
        return documents.insert(COLLECTION, payment, payment.id(), events);
    }
}
