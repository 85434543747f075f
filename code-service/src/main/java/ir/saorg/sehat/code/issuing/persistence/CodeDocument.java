package ir.saorg.sehat.code.issuing.persistence;

import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeRevoked;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * A code as Spring Data's mapping stores it (the same fields, absent when null; dates as dates; the category by name),
 * without the type hint {@code _class} and without reflection, and read back the same way: issuing is the busiest
 * write of code-service and verification its busiest read, and the mapping took a tenth of the issuing thread's time
 * in the benchmark. Documents that Spring Data wrote read the same; {@code CodeDocumentTest} holds the two mappings
 * to the same shape.
 */
final class CodeDocument {

    private CodeDocument() {
    }

    static Document of(IssuedCode code) {
        var document = new Document("_id", code.id());
        put(document, "requestId", code.requestId());
        put(document, "requestType", code.requestType());
        if (code.holder() != null) {
            var holder = new Document();
            put(holder, "nationalId", code.holder().nationalId());
            put(holder, "studentNumber", code.holder().studentNumber());
            put(holder, "fullName", code.holder().fullName());
            document.append("holder", holder);
        }
        put(document, "issuedAt", date(code.issuedAt()));
        put(document, "expiresAt", date(code.expiresAt()));
        put(document, "typeNameFa", code.typeNameFa());
        put(document, "typeNameEn", code.typeNameEn());
        if (code.revocation() != null) {
            var revocation = new Document();
            put(revocation, "category", code.revocation().category() == null ? null : code.revocation().category().name());
            put(revocation, "reason", code.revocation().reason());
            put(revocation, "revokedAt", date(code.revocation().revokedAt()));
            put(revocation, "revokedBy", code.revocation().revokedBy());
            put(revocation, "replacedBy", code.revocation().replacedBy());
            document.append("revocation", revocation);
        }
        put(document, "university", code.university());
        if (code.extension() != null) {
            document.append("extension", new Document("maxDays", code.extension().maxDays())
                    .append("usedDays", code.extension().usedDays()));
        }
        return document;
    }

    /** The code a stored document holds, read as Spring Data would read it. */
    static IssuedCode toCode(Document document) {
        Document holder = document.get("holder", Document.class);
        Document revocation = document.get("revocation", Document.class);
        Document extension = document.get("extension", Document.class);
        return new IssuedCode(document.getString("_id"), document.getString("requestId"),
                document.getString("requestType"),
                holder == null ? null : new IssuedCode.Holder(holder.getString("nationalId"),
                        holder.getString("studentNumber"), holder.getString("fullName")),
                instant(document.getDate("issuedAt")), instant(document.getDate("expiresAt")),
                document.getString("typeNameFa"), document.getString("typeNameEn"),
                revocation == null ? null : new IssuedCode.Revocation(
                        revocation.getString("category") == null ? null
                                : CodeRevoked.Category.valueOf(revocation.getString("category")),
                        revocation.getString("reason"), instant(revocation.getDate("revokedAt")),
                        revocation.getString("revokedBy"), revocation.getString("replacedBy")),
                document.getString("university"),
                extension == null ? null : new IssuedCode.Extension(integer(extension, "maxDays"),
                        integer(extension, "usedDays")));
    }

    /** Any number, as Spring Data would convert it: a document edited by hand may hold a double or a long. */
    private static int integer(Document document, String field) {
        return document.get(field) instanceof Number number ? number.intValue() : 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static void put(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
