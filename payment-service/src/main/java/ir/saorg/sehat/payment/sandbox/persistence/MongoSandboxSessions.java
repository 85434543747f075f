package ir.saorg.sehat.payment.sandbox.persistence;

import ir.saorg.sehat.payment.sandbox.SandboxSession;
import ir.saorg.sehat.payment.sandbox.SandboxSessions;
import ir.saorg.sehat.payment.sandbox.SessionStatus;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sandbox sessions in the service's own MongoDB, collection {@value #COLLECTION}, the authority as {@code _id}; the
 * counters behind reference and refund numbers in {@value #COUNTERS}. Every status change is one conditional update.
 */
public class MongoSandboxSessions implements SandboxSessions {

    public static final String COLLECTION = "sandbox_zarinpal_sessions";
    public static final String COUNTERS = "sandbox_zarinpal_counters";

    private final MongoTemplate mongo;

    public MongoSandboxSessions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(SandboxSession session) {
        try {
            mongo.insert(asDocument(session), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<SandboxSession> find(String authority) {
        return Optional.ofNullable(mongo.findOne(byAuthority(authority), Document.class, COLLECTION))
                .map(MongoSandboxSessions::fromDocument);
    }

    @Override
    public boolean markPaid(String authority, Instant paidAt, long refId, String cardPan, String cardHash) {
        return move(authority, SessionStatus.IN_BANK, SessionStatus.PAID, new Update().set("paidAt", date(paidAt))
                .set("refId", refId).set("cardPan", cardPan).set("cardHash", cardHash));
    }

    @Override
    public boolean markFailed(String authority) {
        return move(authority, SessionStatus.IN_BANK, SessionStatus.FAILED, new Update());
    }

    @Override
    public boolean markVerified(String authority, Instant verifiedAt) {
        return move(authority, SessionStatus.PAID, SessionStatus.VERIFIED,
                new Update().set("verifiedAt", date(verifiedAt)));
    }

    @Override
    public boolean markReversed(String authority, Instant reversedAt) {
        return move(authority, SessionStatus.VERIFIED, SessionStatus.REVERSED,
                new Update().set("reversedAt", date(reversedAt)));
    }

    @Override
    public boolean markRefunded(String authority, String refundId, long amount, Instant refundedAt) {
        return move(authority, SessionStatus.VERIFIED, SessionStatus.REFUNDED, new Update().set("refundId", refundId)
                .set("refundAmount", amount).set("refundedAt", date(refundedAt)));
    }

    @Override
    public boolean changeAmount(String authority, long amount) {
        return mongo.updateFirst(byAuthority(authority), new Update().set("amount", amount), COLLECTION)
                .getMatchedCount() == 1;
    }

    @Override
    public List<SandboxSession> paidUnverified(String merchantId) {
        var query = Query.query(where("merchantId").is(merchantId).and("status").is(SessionStatus.PAID.name()))
                .with(Sort.by("paidAt", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoSandboxSessions::fromDocument).toList();
    }

    @Override
    public List<SandboxSession> paidBetween(String merchantId, Instant from, Instant to) {
        List<String> paid = SessionStatus.PAID_AT_SOME_POINT.stream().map(Enum::name).toList();
        var query = Query.query(where("merchantId").is(merchantId).and("status").in(paid)
                        .and("paidAt").gte(date(from)).lt(date(to)))
                .with(Sort.by("paidAt", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoSandboxSessions::fromDocument).toList();
    }

    @Override
    public long next(String counter) {
        var query = Query.query(where("_id").is(counter));
        var increment = new Update().inc("value", 1L);
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document after;
        try {
            after = mongo.findAndModify(query, increment, options, Document.class, COUNTERS);
        } catch (DuplicateKeyException e) {
            // Two first uses raced to create the counter: it exists now.
            after = mongo.findAndModify(query, increment, options, Document.class, COUNTERS);
        }
        return ((Number) after.get("value")).longValue();
    }

    private boolean move(String authority, SessionStatus from, SessionStatus to, Update changes) {
        Criteria expected = where("_id").is(authority).and("status").is(from.name());
        return mongo.updateFirst(Query.query(expected), changes.set("status", to.name()), COLLECTION)
                .getModifiedCount() == 1;
    }

    private static Query byAuthority(String authority) {
        return Query.query(where("_id").is(authority));
    }

    private static Document asDocument(SandboxSession s) {
        return new Document("_id", s.authority())
                .append("merchantId", s.merchantId())
                .append("amount", s.amount())
                .append("callbackUrl", s.callbackUrl())
                .append("description", s.description())
                .append("orderId", s.orderId())
                .append("mobile", s.mobile())
                .append("email", s.email())
                .append("status", s.status().name())
                .append("createdAt", date(s.createdAt()))
                .append("paidAt", date(s.paidAt()))
                .append("refId", s.refId())
                .append("cardPan", s.cardPan())
                .append("cardHash", s.cardHash())
                .append("verifiedAt", date(s.verifiedAt()))
                .append("reversedAt", date(s.reversedAt()))
                .append("refundId", s.refundId())
                .append("refundAmount", s.refundAmount())
                .append("refundedAt", date(s.refundedAt()));
    }

    private static SandboxSession fromDocument(Document d) {
        return new SandboxSession(d.getString("_id"), d.getString("merchantId"), number(d, "amount"),
                d.getString("callbackUrl"), d.getString("description"), d.getString("orderId"),
                d.getString("mobile"), d.getString("email"), SessionStatus.valueOf(d.getString("status")),
                instant(d, "createdAt"), instant(d, "paidAt"), optionalNumber(d, "refId"), d.getString("cardPan"),
                d.getString("cardHash"), instant(d, "verifiedAt"), instant(d, "reversedAt"),
                d.getString("refundId"), optionalNumber(d, "refundAmount"), instant(d, "refundedAt"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long number(Document d, String field) {
        return ((Number) d.get(field)).longValue();
    }

    private static Long optionalNumber(Document d, String field) {
        Object value = d.get(field);
        return value == null ? null : ((Number) value).longValue();
    }
}
