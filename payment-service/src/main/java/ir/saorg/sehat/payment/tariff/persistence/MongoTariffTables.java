package ir.saorg.sehat.payment.tariff.persistence;

import ir.saorg.sehat.payment.tariff.TariffFileFormat;
import ir.saorg.sehat.payment.tariff.TariffHistory;
import ir.saorg.sehat.payment.tariff.TariffRow;
import ir.saorg.sehat.payment.tariff.TariffTable;
import ir.saorg.sehat.payment.tariff.TariffTableChange;
import ir.saorg.sehat.payment.tariff.TariffTables;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table versions in the {@code tariff_tables} collection, one document per version, {@code _id} =
 * {@code <year>-v<version>}. A version is written in one insert, so a table is stored whole or not at all; the
 * unique index on (fiscalYear, version) lets only one of two concurrent writers of the same version in.
 */
public class MongoTariffTables implements TariffTables {

    public static final String COLLECTION = "tariff_tables";
    static final String UNIQUE_VERSION = "fiscalYear_version_unique";

    private final MongoTemplate mongo;

    public MongoTariffTables(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the unique (fiscalYear, version) index if it is missing; call before the first write. */
    public void ensureIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("fiscalYear", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named(UNIQUE_VERSION));
    }

    @Override
    public boolean insert(TariffTable table) {
        try {
            mongo.insert(asDocument(table), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public TariffHistory historyOf(int fiscalYear) {
        var query = new Query(Criteria.where("fiscalYear").is(fiscalYear))
                .with(Sort.by(Sort.Direction.DESC, "version"));
        return new TariffHistory(fiscalYear,
                mongo.find(query, Document.class, COLLECTION).stream().map(MongoTariffTables::toTable).toList());
    }

    @Override
    public List<TariffTable> currentOfEveryYear() {
        var query = new Query().with(Sort.by(Sort.Order.asc("fiscalYear"), Sort.Order.desc("version")));
        Map<Integer, TariffTable> current = new LinkedHashMap<>();
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            TariffTable table = toTable(document);
            current.merge(table.fiscalYear(), table, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return List.copyOf(current.values());
    }

    static Document asDocument(TariffTable table) {
        var change = new Document("added", table.change().added().stream().map(MongoTariffTables::row).toList())
                .append("removed", table.change().removed().stream().map(MongoTariffTables::row).toList())
                .append("changed", table.change().changed().stream().map(c ->
                        new Document("requestType", c.requestType()).append("oldAmountRials", c.oldAmountRials())
                                .append("newAmountRials", c.newAmountRials()).append("oldNote", c.oldNote())
                                .append("newNote", c.newNote())).toList());
        return new Document("_id", table.id())
                .append("fiscalYear", table.fiscalYear())
                .append("version", table.version())
                .append("rows", table.rows().stream().map(MongoTariffTables::row).toList())
                .append("effectiveFrom", Date.from(table.effectiveFrom()))
                .append("uploadedAt", Date.from(table.uploadedAt()))
                .append("uploadedBy", table.uploadedBy())
                .append("source", table.source())
                .append("format", table.format().name())
                .append("change", change);
    }

    static TariffTable toTable(Document document) {
        Document change = document.get("change", Document.class);
        var changed = new ArrayList<TariffTableChange.ChangedRow>();
        for (Document c : change.getList("changed", Document.class)) {
            changed.add(new TariffTableChange.ChangedRow(c.getString("requestType"), amount(c, "oldAmountRials"),
                    amount(c, "newAmountRials"), c.getString("oldNote"), c.getString("newNote")));
        }
        return new TariffTable(document.getInteger("fiscalYear"), document.getInteger("version"),
                rows(document, "rows"), instant(document, "effectiveFrom"), instant(document, "uploadedAt"),
                document.getString("uploadedBy"), document.getString("source"),
                TariffFileFormat.valueOf(document.getString("format")),
                new TariffTableChange(rows(change, "added"), rows(change, "removed"), changed));
    }

    private static Document row(TariffRow row) {
        var document = new Document("requestType", row.requestType()).append("amountRials", row.amountRials());
        return row.note() == null ? document : document.append("note", row.note());
    }

    private static List<TariffRow> rows(Document document, String name) {
        return document.getList(name, Document.class).stream()
                .map(r -> new TariffRow(r.getString("requestType"), amount(r, "amountRials"), r.getString("note")))
                .toList();
    }

    private static long amount(Document document, String name) {
        return document.get(name, Number.class).longValue();
    }

    private static Instant instant(Document document, String name) {
        return document.getDate(name).toInstant();
    }
}
