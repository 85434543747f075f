package ir.saorg.sehat.payment.paying.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.payment.paying.Payment;
import ir.saorg.sehat.payment.paying.PaymentStatus;
import ir.saorg.sehat.payment.paying.PaymentTransition;
import ir.saorg.sehat.payment.paying.Payments;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Payments in MongoDB, keyed by request id, each written with its pending events in one single-document operation.
 * The authority is unique (the callback finds the payment by it); the jobs find their work by status and check time.
 */
@Repository
public class MongoPayments implements Payments {

    public static final String COLLECTION = "payments";

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;

    MongoPayments(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @PostConstruct
    void declareIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        // Sparse: payments not opened yet (or waived) have no authority and must not collide on it.
        indexes.createIndex(new Index("authority", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("nextCheckAt", Sort.Direction.ASC));
        indexes.createIndex(new Index("settledAt", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index("university", Sort.Direction.ASC).on("decidedAt", Sort.Direction.DESC));
    }

    @Override
    public boolean insertIfAbsent(Payment payment, List<IntegrationEvent> events) {
        return documents.insert(COLLECTION, payment, payment.id(), events);
    }

    @Override
    public Optional<Payment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Payment.class, COLLECTION));
    }

    @Override
    public Optional<Payment> findByAuthority(String authority) {
        return Optional.ofNullable(mongo.findOne(new Query(where("authority").is(authority)), Payment.class,
                COLLECTION));
    }

    @Override
    public boolean apply(PaymentTransition transition) {
        var query = new Query(where("_id").is(transition.paymentId()).and("status").is(transition.from().name()));
        var update = new Update().set("status", transition.to().name());
        transition.facts().forEach(update::set);
        return documents.update(COLLECTION, Payment.class, transition.paymentId(), query, update,
                transition.events());
    }

    @Override
    public List<Payment> dueForCheck(List<PaymentStatus> statuses, Instant now, int limit) {
        var query = new Query(where("status").in(statuses.stream().map(Enum::name).toList()).and("nextCheckAt").lte(now))
                .with(Sort.by("nextCheckAt")).limit(limit);
        return mongo.find(query, Payment.class, COLLECTION);
    }

    @Override
    public List<Payment> page(String university, int page, int size) {
        var query = (university == null ? new Query() : new Query(where("university").is(university)))
                .with(Sort.by(Sort.Direction.DESC, "decidedAt")).skip((long) page * size).limit(size);
        return mongo.find(query, Payment.class, COLLECTION);
    }

    @Override
    public List<Payment> settledBetween(Instant from, Instant to) {
        var query = new Query(where("settledAt").gte(from).lt(to));
        return mongo.find(query, Payment.class, COLLECTION);
    }
}
