package ir.saorg.sehat.platform.events;

import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** CloudEvents 1.0 attributes in Kafka binary mode: each attribute is a {@code ce_} header with a UTF-8 value. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /**
     * A header's value as text, whether the binder handed it over as raw bytes or as a string. Spring Cloud Function
     * recognises CloudEvents on the way in and renames {@code ce_x} to its canonical {@code ce-x} before the function
     * sees the message, so both spellings are read. The headers may be a message's, or one record's of a batch.
     */
    public static Optional<String> read(Map<?, ?> headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    public static String require(MessageHeaders headers, String name) {
        return read(headers, name).filter(v -> !v.isBlank())
                .orElseThrow(() -> new UnreadableEventException("missing CloudEvents header " + name));
    }
}
