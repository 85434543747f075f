package ir.saorg.sehat.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How the store's maps keep their keys and values. H2's {@link ObjectDataType} Java-serialises every document, index
 * key and object id it writes, and compares two unique-index keys by Java-serialising both at every step of a search.
 * This type writes documents as BSON, index keys as their values and object ids as their twelve bytes, each behind a
 * tag of its own so that what the plain type wrote still reads, and orders index keys by {@link IndexKeyOrder}.
 * Everything else is written and compared as before.
 */
final class StoredValues extends ObjectDataType {

    /** A tag {@link ObjectDataType} does not use: a BSON document follows, its length first. */
    static final byte BSON_DOCUMENT = 127;
    /** The number of values follows, then each value as this type writes it. */
    static final byte INDEX_KEY = 126;
    /** Twelve bytes follow. */
    static final byte OBJECT_ID = 125;

    private static final int OBJECT_ID_MEMORY = 48;
    private static final int INDEX_KEY_MEMORY = 48;

    private static final int INITIAL_AVERAGE_SIZE = 1_000;

    private volatile int averageSize = INITIAL_AVERAGE_SIZE;

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return IndexKeyOrder.compare(left, right);
        }
        return super.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof Document) {
            return averageSize;
        }
        if (value instanceof ObjectId) {
            return OBJECT_ID_MEMORY;
        }
        if (value instanceof KeyValue key) {
            int memory = INDEX_KEY_MEMORY;
            for (Object part : key) {
                memory += getMemory(part);
            }
            return memory;
        }
        return super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
            return;
        }
        if (value instanceof KeyValue key) {
            buffer.put(INDEX_KEY).putVarInt(key.size());
            for (Object part : key) {
                write(buffer, part);
            }
            return;
        }
        if (value instanceof Document document) {
            ByteBuf bson = bson(document);
            if (bson != null) {
                int length = bson.readableBytes();
                buffer.put(BSON_DOCUMENT).putVarInt(length).put(bson.nioBuffer());
                remember(length);
                return;
            }
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return switch (buffer.get(buffer.position())) {
            case BSON_DOCUMENT -> readDocument(buffer);
            case INDEX_KEY -> readIndexKey(buffer);
            case OBJECT_ID -> readObjectId(buffer);
            default -> super.read(buffer);
        };
    }

    private static ObjectId readObjectId(ByteBuffer buffer) {
        buffer.get();
        byte[] id = new byte[12];
        buffer.get(id);
        return new ObjectId(id);
    }

    private KeyValue readIndexKey(ByteBuffer buffer) {
        buffer.get();
        Object[] parts = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = read(buffer);
        }
        return new KeyValue(parts);
    }

    private Document readDocument(ByteBuffer buffer) {
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        remember(length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    /**
     * The document as BSON, or null when BSON would not give it back as it is; the plain type then writes it. That is
     * a value BSON cannot carry, an instant finer than BSON's milliseconds ({@code $currentDate} makes them), or a
     * document larger than BSON's decoder reads.
     */
    private static ByteBuf bson(Document document) {
        if (!keptByBson(document)) {
            return null;
        }
        ByteBuf out = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, out);
        } catch (RuntimeException notEncodable) {
            return null;
        }
        return out.readableBytes() > BsonConstants.MAX_BSON_OBJECT_SIZE ? null : out;
    }

    private static boolean keptByBson(Object value) {
        if (value instanceof Instant instant) {
            return instant.getNano() % 1_000_000 == 0;
        }
        if (value instanceof Map<?, ?> map) {
            for (Object field : map.values()) {
                if (!keptByBson(field)) {
                    return false;
                }
            }
        } else if (value instanceof Collection<?> values) {
            for (Object element : values) {
                if (!keptByBson(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A moving average of the documents' sizes, doubled for their objects in memory, as H2's own type estimates. */
    private void remember(int length) {
        averageSize = (int) ((2L * length + 15L * averageSize) / 16);
    }
}
