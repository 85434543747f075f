package ir.saorg.sehat.notification.recipients.persistence;

import ir.saorg.sehat.notification.recipients.Contact;
import ir.saorg.sehat.notification.recipients.Contacts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Contacts in MongoDB, one document per subject (the subject is the id). */
@Repository
class MongoContacts implements Contacts {

    static final String COLLECTION = "contacts";

    private final MongoTemplate mongo;

    MongoContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The stored form: the subject is the document's id. */
    record StoredContact(String id, Contact contact) {
    }

    @Override
    public Optional<Contact> find(String subject) {
        return Optional.ofNullable(mongo.findById(subject, StoredContact.class, COLLECTION)).map(StoredContact::contact);
    }

    @Override
    public void save(Contact contact) {
        mongo.save(new StoredContact(contact.subject(), contact), COLLECTION);
    }

    @Override
    public boolean insertIfAbsent(Contact contact) {
        try {
            mongo.insert(new StoredContact(contact.subject(), contact), COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }
}
