package ir.saorg.sehat.notification.webhooks.persistence;

import ir.saorg.sehat.notification.webhooks.Subscription;
import ir.saorg.sehat.notification.webhooks.Subscriptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Webhook subscriptions in MongoDB. */
@Repository
class MongoSubscriptions implements Subscriptions {

    static final String COLLECTION = "webhook_subscriptions";

    private final MongoTemplate mongo;

    MongoSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Subscription subscription) {
        mongo.insert(subscription, COLLECTION);
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class, COLLECTION));
    }

    @Override
    public List<Subscription> active() {
        return mongo.find(new Query(where("active").is(true)), Subscription.class, COLLECTION);
    }

    @Override
    public List<Subscription> all(int limit) {
        return mongo.find(new Query().with(Sort.by("createdAt")).limit(limit), Subscription.class, COLLECTION);
    }

    @Override
    public boolean deactivate(String id) {
        return mongo.updateFirst(new Query(where("_id").is(id).and("active").is(true)),
                new Update().set("active", false), COLLECTION).getModifiedCount() == 1;
    }
}
