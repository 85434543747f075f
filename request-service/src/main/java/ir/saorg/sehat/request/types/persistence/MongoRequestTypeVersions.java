package ir.saorg.sehat.request.types.persistence;

import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.FieldKind;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeVersions;
import ir.saorg.sehat.request.types.TypeVersion;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Type versions in the {@code requestTypeVersions} collection, one document per version, {@code _id} =
 * {@code <code>/v<version>}. A version is written in one insert and never updated, so it is stored whole or not at
 * all; the unique index on (code, version) lets only one of two concurrent writers of the same version in, which is
 * what makes a change conditional on the version it was made from. The same index, read backwards, finds a type's
 * latest version.
 */
public class MongoRequestTypeVersions implements RequestTypeVersions {

    public static final String COLLECTION = "requestTypeVersions";
    static final String UNIQUE_VERSION = "code_version_unique";

    private final MongoTemplate mongo;

    public MongoRequestTypeVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the unique (code, version) index if it is missing; call before the first write. */
    public void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named(UNIQUE_VERSION));
    }

    @Override
    public boolean insert(TypeVersion version) {
        try {
            mongo.insert(asDocument(version), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<TypeVersion> latest(String code) {
        var query = new Query(Criteria.where("code").is(code)).with(Sort.by(Sort.Direction.DESC, "version")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION))
                .map(MongoRequestTypeVersions::toVersion);
    }

    @Override
    public List<TypeVersion> latestOfEvery() {
        var keys = new Query();
        keys.fields().include("code").include("version");
        Map<String, Integer> latest = new HashMap<>();
        for (Document key : mongo.find(keys, Document.class, COLLECTION)) {
            latest.merge(key.getString("code"), key.getInteger("version"), Math::max);
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        List<String> ids = latest.entrySet().stream().map(e -> id(e.getKey(), e.getValue())).toList();
        return mongo.find(new Query(Criteria.where("_id").in(ids)), Document.class, COLLECTION).stream()
                .map(MongoRequestTypeVersions::toVersion).toList();
    }

    @Override
    public Optional<TypeVersion> find(String code, int version) {
        return Optional.ofNullable(mongo.findById(id(code, version), Document.class, COLLECTION))
                .map(MongoRequestTypeVersions::toVersion);
    }

    @Override
    public List<TypeVersion> historyOf(String code) {
        var query = new Query(Criteria.where("code").is(code)).with(Sort.by(Sort.Direction.DESC, "version"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoRequestTypeVersions::toVersion)
                .toList();
    }

    static String id(String code, int version) {
        return code + "/v" + version;
    }

    static Document asDocument(TypeVersion saved) {
        RequestType type = saved.type();
        return new Document("_id", id(type.code(), type.version()))
                .append("code", type.code())
                .append("version", type.version())
                .append("nameFa", type.nameFa())
                .append("nameEn", type.nameEn())
                .append("fields", type.fields().stream().map(MongoRequestTypeVersions::field).toList())
                .append("targetTime", type.targetTime().toString())
                .append("reviewRequired", type.reviewRequired())
                .append("codeValidityDays", type.codeValidityDays())
                .append("maxExtensionDays", type.maxExtensionDays())
                .append("callWindows", type.callWindows().stream().map(w -> new Document("opensAt",
                        Date.from(w.opensAt())).append("closesAt", Date.from(w.closesAt()))).toList())
                .append("codesExpireWithCall", type.codesExpireWithCall())
                .append("savedAt", Date.from(saved.savedAt()))
                .append("savedBy", saved.savedBy());
    }

    static TypeVersion toVersion(Document document) {
        var type = new RequestType(document.getString("code"), document.getInteger("version"),
                document.getString("nameFa"), document.getString("nameEn"),
                document.getList("fields", Document.class).stream().map(MongoRequestTypeVersions::toField).toList(),
                Duration.parse(document.getString("targetTime")), document.getBoolean("reviewRequired", false),
                document.getInteger("codeValidityDays"), document.getInteger("maxExtensionDays", 0),
                document.getList("callWindows", Document.class, List.of()).stream()
                        .map(w -> new CallWindow(w.getDate("opensAt").toInstant(), w.getDate("closesAt").toInstant()))
                        .toList(), document.getBoolean("codesExpireWithCall", false));
        return new TypeVersion(type, document.getDate("savedAt").toInstant(), document.getString("savedBy"));
    }

    private static Document field(GuideField field) {
        var document = new Document("name", field.name())
                .append("labelFa", field.labelFa())
                .append("labelEn", field.labelEn())
                .append("kind", field.kind().name())
                .append("required", field.required())
                .append("maxLength", field.maxLength())
                .append("choices", field.choices().stream().map(c -> new Document("value", c.value())
                        .append("labelFa", c.labelFa()).append("labelEn", c.labelEn())).toList());
        if (field.pattern() != null) {
            document.append("pattern", field.pattern());
        }
        if (field.helpFa() != null) {
            document.append("helpFa", field.helpFa());
        }
        if (field.helpEn() != null) {
            document.append("helpEn", field.helpEn());
        }
        return document;
    }

    private static GuideField toField(Document document) {
        return new GuideField(document.getString("name"), document.getString("labelFa"),
                document.getString("labelEn"), FieldKind.valueOf(document.getString("kind")),
                document.getBoolean("required", false), document.getInteger("maxLength"),
                document.getString("pattern"),
                document.getList("choices", Document.class, List.of()).stream()
                        .map(c -> new GuideField.Choice(c.getString("value"), c.getString("labelFa"),
                                c.getString("labelEn"))).toList(),
                document.getString("helpFa"), document.getString("helpEn"));
    }
}
