package ir.saorg.sehat.notification.feed.persistence;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Feed entries in MongoDB, each stored with its pending events in one insert. */
@Repository
public class MongoNotifications implements Notifications {

    public static final String COLLECTION = "notifications";

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;

    MongoNotifications(MongoTemplate mongo, OutboxDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("recipient", Sort.Direction.ASC).on("deliveredAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("requestId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("deliveredAt", Sort.Direction.ASC));
    }

    @Override
    public boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events) {
        return documents.insert(COLLECTION, notification, notification.id(), events);
    }

    @Override
    public List<Notification> forRequest(String requestId, Collection<String> recipients) {
        return mongo.find(new Query(where("requestId").is(requestId).and("recipient").in(recipients))
                .with(Sort.by("deliveredAt")), Notification.class, COLLECTION);
    }

    @Override
    public List<Notification> forRequest(String requestId) {
        return mongo.find(new Query(where("requestId").is(requestId)).with(Sort.by("deliveredAt")), Notification.class,
                COLLECTION);
    }

    @Override
    public List<Notification> feed(Collection<String> recipients, Instant before, int limit) {
        return mongo.find(new Query(where("recipient").in(recipients).and("deliveredAt").lt(before))
                .with(Sort.by(Sort.Direction.DESC, "deliveredAt")).limit(limit), Notification.class, COLLECTION);
    }

    @Override
    public List<Notification> feedAfter(Collection<String> recipients, Instant after, int limit) {
        return mongo.find(new Query(where("recipient").in(recipients).and("deliveredAt").gt(after))
                .with(Sort.by("deliveredAt")).limit(limit), Notification.class, COLLECTION);
    }

    @Override
    public List<Notification> deliveredSince(Instant since, int limit) {
        return mongo.find(new Query(where("deliveredAt").gte(since)).with(Sort.by("deliveredAt")).limit(limit),
                Notification.class, COLLECTION);
    }
}
