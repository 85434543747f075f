package ir.saorg.sehat.payment.reconciling.persistence;

import ir.saorg.sehat.events.payment.PaymentMismatchFound;
import ir.saorg.sehat.payment.reconciling.Mismatch;
import ir.saorg.sehat.payment.reconciling.Mismatches;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Mismatches in MongoDB, each inserted with its PaymentMismatchFound event; the id makes a repeat find a no-op. */
@Repository
class MongoMismatches implements Mismatches {

    static final String COLLECTION = "payment_mismatches";

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;

    MongoMismatches(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @Override
    public boolean insertIfAbsent(Mismatch mismatch, PaymentMismatchFound event) {
        return documents.insert(COLLECTION, mismatch, mismatch.id(), List.of(event));
    }

    @Override
    public List<Mismatch> ofDay(LocalDate businessDay) {
        return mongo.find(new Query(where("businessDay").is(businessDay)).with(Sort.by("foundAt")), Mismatch.class,
                COLLECTION);
    }

    @Override
    public List<Mismatch> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "foundAt")).limit(limit), Mismatch.class,
                COLLECTION);
    }

    @Configuration
    static class Outbox {

        @Bean
        OutboxCollection mismatchesOutbox() {
            return new OutboxCollection(COLLECTION);
        }
    }
}
