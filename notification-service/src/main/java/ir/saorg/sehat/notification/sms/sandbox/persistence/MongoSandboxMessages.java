package ir.saorg.sehat.notification.sms.sandbox.persistence;

import ir.saorg.sehat.notification.sms.sandbox.SandboxMessage;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;

/** The sandbox's messages in MongoDB; the id makes a repeated {@code localid} a duplicate key. */
public class MongoSandboxMessages implements SandboxMessages {

    static final String COLLECTION = "sandbox_kavenegar_messages";

    private final MongoTemplate mongo;

    public MongoSandboxMessages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insertIfAbsent(SandboxMessage message) {
        try {
            mongo.insert(message, COLLECTION);
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    @Override
    public Optional<SandboxMessage> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SandboxMessage.class, COLLECTION));
    }

    @Override
    public List<SandboxMessage> newest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "date")).limit(limit), SandboxMessage.class,
                COLLECTION);
    }
}
