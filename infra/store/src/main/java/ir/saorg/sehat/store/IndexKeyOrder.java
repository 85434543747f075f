package ir.saorg.sehat.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.type.ObjectDataType;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A total order on unique-index keys that is zero exactly when the keys are equal, which is all a unique index needs:
 * mongo-java-server looks keys up by equality and scans the whole index for ranges. Lists compare element by element
 * and documents field by field, as their {@code equals} do; other values of different classes by class name, of one
 * comparable class as that class does, and anything else by its serialized form, as H2 compares every key.
 */
final class IndexKeyOrder {

    private IndexKeyOrder() {
    }

    static int compare(KeyValue left, KeyValue right) {
        if (left.size() != right.size()) {
            return Integer.compare(left.size(), right.size());
        }
        Iterator<Object> others = right.iterator();
        for (Object value : left) {
            int order = compareValues(value, others.next());
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object left, Object right) {
        if (left == right || left != null && left.equals(right)) {
            return 0;
        }
        if (left == null || right == null) {
            return left == null ? -1 : 1;
        }
        if (left instanceof List<?> list && right instanceof List<?> other) {
            return compareLists(list, other);
        }
        if (left.getClass() != right.getClass()) {
            return left.getClass().getName().compareTo(right.getClass().getName());
        }
        if (left instanceof Document document) {
            return compareDocuments(document, (Document) right);
        }
        if (left instanceof Comparable comparable) {
            int order = comparable.compareTo(right);
            if (order != 0) {
                return order;
            }
        }
        return Arrays.compareUnsigned(ObjectDataType.serialize(left), ObjectDataType.serialize(right));
    }

    /** Field by field, names and then values, as {@link Document#equals} compares them, in order. */
    private static int compareDocuments(Document left, Document right) {
        Iterator<Map.Entry<String, Object>> others = right.entrySet().iterator();
        for (Map.Entry<String, Object> field : left.entrySet()) {
            if (!others.hasNext()) {
                return 1;
            }
            Map.Entry<String, Object> other = others.next();
            int order = field.getKey().compareTo(other.getKey());
            if (order == 0) {
                order = compareValues(field.getValue(), other.getValue());
            }
            if (order != 0) {
                return order;
            }
        }
        return others.hasNext() ? -1 : 0;
    }

    private static int compareLists(List<?> left, List<?> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
