package ir.saorg.sehat.notification.recipients.persistence;

import ir.saorg.sehat.notification.recipients.RequestRecipient;
import ir.saorg.sehat.notification.recipients.RequestRecipients;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The request → recipient table in MongoDB; the request id is the document's id. */
@Repository
class MongoRequestRecipients implements RequestRecipients {

    static final String COLLECTION = "request_recipients";

    private final MongoTemplate mongo;

    MongoRequestRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The stored form: the request id is the document's id. */
    record StoredRecipient(String id, RequestRecipient recipient) {
    }

    @Override
    public void remember(RequestRecipient recipient) {
        try {
            mongo.insert(new StoredRecipient(recipient.requestId(), recipient), COLLECTION);
        } catch (DuplicateKeyException known) {
            // the first RequestSubmitted of a request is the one that counts
        }
    }

    @Override
    public Optional<RequestRecipient> find(String requestId) {
        return Optional.ofNullable(mongo.findById(requestId, StoredRecipient.class, COLLECTION))
                .map(StoredRecipient::recipient);
    }
}
