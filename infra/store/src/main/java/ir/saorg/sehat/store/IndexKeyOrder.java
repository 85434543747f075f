package ir.saorg.sehat.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

import java.util.Arrays;
import java.util.Iterator;

/**
 * A total order on unique-index keys that is zero exactly when the keys are equal, which is all a unique index needs:
 * mongo-java-server looks keys up by equality and scans the whole index for ranges. Values of one comparable class
 * compare as that class does; anything else by class name, then by its serialized form, as H2 does for every key.
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
        if (left.getClass() != right.getClass()) {
            return left.getClass().getName().compareTo(right.getClass().getName());
        }
        if (left instanceof Comparable comparable) {
            int order = comparable.compareTo(right);
            if (order != 0) {
                return order;
            }
        }
        return Arrays.compareUnsigned(ObjectDataType.serialize(left), ObjectDataType.serialize(right));
    }
}
