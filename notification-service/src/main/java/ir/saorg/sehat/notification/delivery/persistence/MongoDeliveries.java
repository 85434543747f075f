package ir.saorg.sehat.notification.delivery.persistence;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.DeliveryState;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Deliveries in one MongoDB collection. Staff-facing deliveries live in {@value #STAFF} (an outbox collection: their
 * NotificationDelivered / NotificationFailed are written with the state change); webhook deliveries in
 * {@value #WEBHOOKS}, which never carries events and so stays out of the relay's sweep.
 *
 * <p>Every subscriber of an event gets the same body, so webhook bodies are stored once per event, in
 * {@value #WEBHOOK_BODIES} under the event id, before the deliveries that send them; a webhook delivery's document keeps
 * its content without the text, which reading puts back.
 */
public class MongoDeliveries implements Deliveries {

    public static final String STAFF = "deliveries";
    public static final String WEBHOOKS = "webhook_deliveries";
    public static final String WEBHOOK_BODIES = "webhook_bodies";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final OutboxDocuments documents;
    private final String collection;
    private final String bodies;

    /** Deliveries whose documents hold their whole content. */
    public MongoDeliveries(MongoTemplate mongo, OutboxDocuments documents, String collection) {
        this(mongo, documents, collection, null);
    }

    /** Deliveries whose texts are kept once per event in {@code bodies} (null: in each delivery's document). */
    public MongoDeliveries(MongoTemplate mongo, OutboxDocuments documents, String collection, String bodies) {
        this.mongo = mongo;
        this.documents = documents;
        this.collection = collection;
        this.bodies = bodies;
        var indexes = mongo.indexOps(collection);
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("requestId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("recipient", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("leaseToken", Sort.Direction.ASC).unique());
    }

    /** A token no other record has: every change of a record installs a new one. */
    private static String freshToken() {
        return "v:" + UUID.randomUUID();
    }

    @Override
    public List<Delivery> insertNew(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        storeBodies(deliveries);
        if (deliveries.size() == 1) {
            try {
                mongo.insert(stored(deliveries.getFirst()), collection);
                return deliveries;
            } catch (DuplicateKeyException duplicate) {
                return List.of();
            }
        }
        List<Document> written = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            Document document = new Document();
            mongo.getConverter().write(stored(delivery), document);
            written.add(document);
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(written).execute();
            return deliveries;
        } catch (BulkOperationException partly) {
            Set<Integer> refused = new HashSet<>();
            partly.getErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                refused.add(error.getIndex());
            });
            List<Delivery> inserted = new ArrayList<>();
            for (int i = 0; i < deliveries.size(); i++) {
                if (!refused.contains(i)) {
                    inserted.add(deliveries.get(i));
                }
            }
            return inserted;
        } catch (DuplicateKeyException | MongoBulkWriteException unexpectedShape) {
            return insertOneByOne(deliveries);
        }
    }

    /**
     * Each event's body once, before any delivery that sends it is recorded: a body already stored (the event was
     * handled before, or this is a redelivery of it) is the same text and stays.
     */
    private void storeBodies(List<Delivery> deliveries) {
        if (bodies == null) {
            return;
        }
        Map<String, Document> byEvent = new LinkedHashMap<>();
        for (Delivery delivery : deliveries) {
            if (delivery.content() != null && delivery.content().text() != null) {
                byEvent.putIfAbsent(delivery.eventId(), new Document("_id", delivery.eventId())
                        .append("text", delivery.content().text()).append("createdAt", Date.from(delivery.createdAt())));
            }
        }
        if (byEvent.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(bodies).insertMany(new ArrayList<>(byEvent.values()), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException partly) {
            if (partly.getWriteConcernError() != null
                    || partly.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw partly;
            }
        }
    }

    /** What the delivery's document holds: without the text, where bodies are kept apart. */
    private Delivery stored(Delivery delivery) {
        Content content = delivery.content();
        return bodies == null || content == null || content.text() == null ? delivery
                : delivery.withContent(new Content(content.title(), content.html(), null));
    }

    /** Deliveries as read, their bodies put back. */
    private List<Delivery> withBodies(List<Delivery> read) {
        if (bodies == null || read.isEmpty()) {
            return read;
        }
        Set<String> events = new HashSet<>();
        for (Delivery delivery : read) {
            events.add(delivery.eventId());
        }
        Map<String, String> texts = new HashMap<>();
        for (Document body : mongo.getCollection(bodies).find(new Document("_id", new Document("$in", events)))) {
            texts.put(body.getString("_id"), body.getString("text"));
        }
        List<Delivery> whole = new ArrayList<>(read.size());
        for (Delivery delivery : read) {
            Content content = delivery.content();
            String text = texts.get(delivery.eventId());
            whole.add(content == null || content.text() != null || text == null ? delivery
                    : delivery.withContent(new Content(content.title(), content.html(), text)));
        }
        return whole;
    }

    private List<Delivery> insertOneByOne(List<Delivery> deliveries) {
        List<Delivery> inserted = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            try {
                mongo.insert(stored(delivery), collection);
                inserted.add(delivery);
            } catch (DuplicateKeyException duplicate) {
                // recorded the first time the event was handled
            }
        }
        return inserted;
    }

    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                where("state").in(DeliveryState.PENDING.name(), DeliveryState.FAILED.name()).and("nextAttemptAt").lte(now),
                where("state").is(DeliveryState.SENDING.name()).and("leaseUntil").lt(now));
    }

    @Override
    public List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        Query candidates = new Query(due(now)).with(Sort.by("nextAttemptAt")).limit(limit);
        Instant until = now.plus(lease);
        List<Delivery> claimed = new ArrayList<>();
        for (Delivery candidate : withBodies(mongo.find(candidates, Delivery.class, collection))) {
            Delivery mine = candidate.claimed("claim:" + UUID.randomUUID(), until);
            boolean won = mongo.updateFirst(new Query(where("leaseToken").is(candidate.leaseToken())),
                    new Update().set("state", DeliveryState.SENDING.name()).set("leaseToken", mine.leaseToken())
                            .set("leaseUntil", until), collection).getModifiedCount() == 1;
            if (won) {
                claimed.add(mine);
            }
        }
        return claimed;
    }

    /**
     * The delivery, if it is still under this claim. One field, so that even the embedded store answers it from an
     * index (it uses one only for a query on exactly the indexed fields).
     */
    private static Query claimedBy(Delivery claimed) {
        return new Query(where("leaseToken").is(claimed.leaseToken()));
    }

    @Override
    public boolean recordSent(Delivery claimed, Instant at, String reference, List<IntegrationEvent> events) {
        return documents.update(collection, Delivery.class, claimed.id(), claimedBy(claimed),
                sent(claimed, at, reference, freshToken()), events);
    }

    private static Update sent(Delivery claimed, Instant at, String reference, String newToken) {
        return new Update().set("state", DeliveryState.SENT.name()).set("sentAt", at)
                .set("attempts", claimed.attempts() + 1).set("reference", reference).set("leaseToken", newToken)
                .unset("leaseUntil").unset("nextAttemptAt");
    }

    /**
     * One unordered bulk write of conditional updates, each the same as {@link #recordSent}'s. When fewer changed than
     * were asked, the new tokens (unique, installed only by a change that was made) tell which were recorded.
     */
    @Override
    public Set<String> recordAllSent(List<Sent> sent) {
        if (sent.size() == 1) {
            Sent one = sent.getFirst();
            return recordSent(one.claimed(), one.at(), one.reference(), List.of()) ? Set.of(one.claimed().id())
                    : Set.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class, collection);
        Map<String, String> idByNewToken = new HashMap<>();
        for (Sent one : sent) {
            String token = freshToken();
            idByNewToken.put(token, one.claimed().id());
            bulk.updateOne(claimedBy(one.claimed()), sent(one.claimed(), one.at(), one.reference(), token));
        }
        if (bulk.execute().getModifiedCount() == sent.size()) {
            return new HashSet<>(idByNewToken.values());
        }
        Set<String> recorded = new HashSet<>();
        for (String token : idByNewToken.keySet()) {
            if (mongo.exists(new Query(where("leaseToken").is(token)), collection)) {
                recorded.add(idByNewToken.get(token));
            }
        }
        return recorded;
    }

    @Override
    public boolean recordFailed(Delivery claimed, Instant nextAttemptAt, String error) {
        Update update = new Update().set("state", DeliveryState.FAILED.name()).set("nextAttemptAt", nextAttemptAt)
                .set("attempts", claimed.attempts() + 1).set("lastError", truncated(error)).set("leaseToken", freshToken())
                .unset("leaseUntil");
        return mongo.updateFirst(claimedBy(claimed), update, collection).getModifiedCount() == 1;
    }

    @Override
    public boolean recordGivenUp(Delivery claimed, Instant at, String error, List<IntegrationEvent> events) {
        Update update = new Update().set("state", DeliveryState.GIVEN_UP.name()).set("attempts", claimed.attempts() + 1)
                .set("lastError", truncated(error)).set("givenUpAt", at).set("leaseToken", freshToken()).unset("leaseUntil")
                .unset("nextAttemptAt");
        return documents.update(collection, Delivery.class, claimed.id(), claimedBy(claimed), update, events);
    }

    @Override
    public boolean release(Delivery claimed, Instant nextAttemptAt) {
        Update update = new Update().set("state", DeliveryState.PENDING.name()).set("nextAttemptAt", nextAttemptAt)
                .set("leaseToken", freshToken()).unset("leaseUntil");
        return mongo.updateFirst(claimedBy(claimed), update, collection).getModifiedCount() == 1;
    }

    @Override
    public Optional<Delivery> byId(String id) {
        Delivery found = mongo.findById(id, Delivery.class, collection);
        return found == null ? Optional.empty() : Optional.of(withBodies(List.of(found)).getFirst());
    }

    @Override
    public List<Delivery> forRequest(String requestId) {
        return withBodies(mongo.find(new Query(where("requestId").is(requestId)).with(Sort.by("createdAt")),
                Delivery.class, collection));
    }

    @Override
    public List<Delivery> forRecipient(String recipient, Instant since, DeliveryState state, int limit) {
        Criteria criteria = where("recipient").is(recipient).and("createdAt").gte(since);
        if (state != null) {
            criteria = criteria.and("state").is(state.name());
        }
        return withBodies(mongo.find(new Query(criteria).with(Sort.by("createdAt")).limit(limit), Delivery.class,
                collection));
    }

    @Override
    public List<Delivery> givenUp(Channel channel, int limit) {
        return withBodies(mongo.find(new Query(where("state").is(DeliveryState.GIVEN_UP.name())
                .and("channel").is(channel.name())).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit),
                Delivery.class, collection));
    }

    private static String truncated(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
