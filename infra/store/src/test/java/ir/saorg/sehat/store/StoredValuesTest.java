package ir.saorg.sehat.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StoredValuesTest {

    private final StoredValues type = new StoredValues();

    @Test
    void aDocumentIsWrittenAsBsonAndReadsBackEqualWithEveryValueItsOwnType() {
        var document = new Document("_id", "1234123412341234123412")
                .append("requestId", new ObjectId())
                .append("holder", new Document("name", "سارا رضایی").append("nationalId", "0012345679"))
                .append("attempts", 3).append("sequence", 9_000_000_000L).append("fee", 125_000.5)
                .append("revoked", false).append("revocation", null)
                .append("issuedAt", Instant.parse("2026-12-06T10:15:30.123Z"))
                .append("events", List.of(new Document("type", "CodeIssued"), "second", 7));

        byte[] written = written(document);

        assertThat(written[0]).isEqualTo(StoredValues.BSON_DOCUMENT);
        Object read = type.read(java.nio.ByteBuffer.wrap(written));
        assertThat(read).isEqualTo(document);
        Document copy = (Document) read;
        assertThat(copy.get("attempts")).isInstanceOf(Integer.class);
        assertThat(copy.get("sequence")).isInstanceOf(Long.class);
        assertThat(copy.get("issuedAt")).isEqualTo(Instant.parse("2026-12-06T10:15:30.123Z"));
        assertThat(copy.keySet()).containsExactlyElementsOf(document.keySet());
    }

    @Test
    void indexKeysAndObjectIdsAreWrittenByValueNotByJavaSerialization() {
        var id = new ObjectId();
        var key = new KeyValue("1234123412341234123412", 2.0, null, id, new Document("a", 1));

        assertThat(written(id)).hasSize(13).startsWith(StoredValues.OBJECT_ID);
        assertThat(type.read(java.nio.ByteBuffer.wrap(written(id)))).isEqualTo(id);
        byte[] keyBytes = written(key);
        assertThat(keyBytes[0]).isEqualTo(StoredValues.INDEX_KEY);
        assertThat(type.read(java.nio.ByteBuffer.wrap(keyBytes))).isEqualTo(key);
    }

    @Test
    void whatThePlainTypeWroteStillReads() {
        var plain = new ObjectDataType();
        var document = new Document("_id", new ObjectId()).append("code", "1234");
        var key = new KeyValue("1234", 5.0);

        assertThat(type.read(java.nio.ByteBuffer.wrap(written(plain, document)))).isEqualTo(document);
        assertThat(type.read(java.nio.ByteBuffer.wrap(written(plain, key)))).isEqualTo(key);
        assertThat(type.read(java.nio.ByteBuffer.wrap(written(plain, "plain string")))).isEqualTo("plain string");
    }

    @Test
    void indexKeysCompareAsAStrictOrderThatIsZeroExactlyWhenTheyAreEqual() {
        var random = new Random(6);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            keys.add(randomKey(random));
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(type.compare(a, b));
                assertThat(ab).as("%s against %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).as("%s against %s", a, b).isEqualTo(a.equals(b));
                for (KeyValue c : keys.subList(0, 40)) {
                    if (ab < 0 && type.compare(b, c) < 0) {
                        assertThat(type.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void aDocumentBsonWouldNotGiveBackAsItIsIsWrittenByThePlainType() {
        var fine = new Document("_id", 1).append("history", List.of(new Document("at", Instant.ofEpochSecond(1, 5))));
        var large = new Document("_id", 2).append("text", "x".repeat(17 * 1024 * 1024));

        for (Document document : List.of(fine, large)) {
            byte[] written = written(document);
            assertThat(written[0]).isNotEqualTo(StoredValues.BSON_DOCUMENT);
            assertThat(type.read(java.nio.ByteBuffer.wrap(written))).isEqualTo(document);
        }
    }

    @Test
    void documentsInIndexKeysCompareByTheirFieldsNotByHowTheirObjectsAreShared() {
        String shared = new String("x");
        var sharing = new KeyValue(new Document("a", "x").append("b", shared).append("c", shared));
        var notSharing = new KeyValue(new Document("a", "x").append("b", new String("x")).append("c", new String("x")));
        var between = new KeyValue(new Document("a", "x").append("b", new String("x")).append("c", new String("a")));

        assertThat(type.compare(sharing, notSharing)).isZero();
        assertThat(Integer.signum(type.compare(sharing, between)))
                .isEqualTo(Integer.signum(type.compare(notSharing, between))).isNotZero();
        assertThat(type.compare(new KeyValue(List.of(1.0, 2.0)), new KeyValue(new ArrayList<>(List.of(1.0, 2.0))))).isZero();
    }

    private static KeyValue randomKey(Random random) {
        int size = 1 + random.nextInt(2);
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            values[i] = switch (random.nextInt(7)) {
                case 0 -> null;
                case 1 -> "code-" + random.nextInt(20);
                case 2 -> (double) random.nextInt(20);
                case 3 -> (long) random.nextInt(20) << 54;
                case 4 -> new ObjectId(new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) random.nextInt(20)});
                case 5 -> new Document("n", random.nextInt(3));
                default -> UUID.nameUUIDFromBytes(new byte[]{(byte) random.nextInt(20)});
            };
        }
        return new KeyValue(values);
    }

    private byte[] written(Object value) {
        return written(type, value);
    }

    private static byte[] written(ObjectDataType type, Object value) {
        var buffer = new WriteBuffer();
        type.write(buffer, value);
        var bytes = buffer.getBuffer();
        bytes.flip();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return copy;
    }
}
