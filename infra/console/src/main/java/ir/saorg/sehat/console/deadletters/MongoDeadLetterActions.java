package ir.saorg.sehat.console.deadletters;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The audit in the service's own database, collection {@value #COLLECTION}; the dead letter's id is the key. */
public class MongoDeadLetterActions implements DeadLetterActions {

    public static final String COLLECTION = "dead_letter_actions";

    private final MongoTemplate mongo;

    public MongoDeadLetterActions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean claim(DeadLetterAction action) {
        try {
            mongo.insert(action, COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public void release(String id) {
        mongo.remove(new Query(where("_id").is(id)), COLLECTION);
    }

    @Override
    public Map<String, DeadLetterAction> of(List<String> ids) {
        return mongo.find(new Query(where("_id").in(ids)), DeadLetterAction.class, COLLECTION).stream()
                .collect(Collectors.toMap(DeadLetterAction::id, Function.identity()));
    }

    @Override
    public long countOn(String topic) {
        return mongo.count(new Query(where("topic").is(topic)), COLLECTION);
    }

    @Override
    public List<DeadLetterAction> newest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), DeadLetterAction.class,
                COLLECTION);
    }
}
