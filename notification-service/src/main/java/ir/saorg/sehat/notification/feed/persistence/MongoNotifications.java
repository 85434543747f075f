package ir.saorg.sehat.notification.feed.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.platform.outbox.Outbox;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Notifications in MongoDB, each stored with its pending events in one insert. */
@Repository
public class MongoNotifications implements Notifications {

    public static final String COLLECTION = "notifications";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoNotifications(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(notification, document);
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(events.stream().map(outbox::pending).toList()));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException alreadyNotified) {
            return false;
        }
        outbox.written(COLLECTION, notification.id());
        return true;
    }

    @Override
    public List<Notification> forRequest(String requestId) {
        return mongo.find(new Query(where("requestId").is(requestId)).with(Sort.by("deliveredAt")), Notification.class,
                COLLECTION);
    }
}
