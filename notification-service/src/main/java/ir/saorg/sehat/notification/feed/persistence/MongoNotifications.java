package ir.saorg.sehat.notification.feed.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
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
    private final OutboxDocuments documents;

    MongoNotifications(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @Override
    public boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events) {
        return documents.insert(COLLECTION, notification, notification.id(), events);
    }

    @Override
    public List<Notification> forRequest(String requestId) {
        return mongo.find(new Query(where("requestId").is(requestId)).with(Sort.by("deliveredAt")), Notification.class,
                COLLECTION);
    }
}
