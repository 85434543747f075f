package ir.saorg.sehat.code.verification.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.code.verification.VerificationAudit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Every answered verification as a document in {@code verifications}, and counted by result and detail. */
@Repository
class MongoVerificationAudit implements VerificationAudit {

    static final String COLLECTION = "verifications";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    MongoVerificationAudit(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    @Override
    public void record(Entry entry) {
        mongo.insert(entry, COLLECTION);
        meters.counter("sehat.verifications", "result", entry.result().name(),
                "detail", entry.fullDetail() ? "full" : "least").increment();
    }
}
