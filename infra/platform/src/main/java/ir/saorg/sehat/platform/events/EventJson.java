package ir.saorg.sehat.platform.events;

import ir.saorg.sehat.events.IntegrationEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * Reads and writes event payloads as the contract defines them: ISO-8601 instants, and a tolerant reader that
 * ignores fields it does not know, so that a producer may add fields within a type version.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static String write(IntegrationEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    /**
     * Parses a payload into its record.
     *
     * @throws UnreadableEventException when the bytes are not a payload of that type
     */
    public static <E> E read(byte[] payload, Class<E> type) {
        try {
            E event = MAPPER.readValue(payload, type);
            if (event == null) {
                throw new UnreadableEventException("payload is JSON null");
            }
            return event;
        } catch (JacksonException e) {
            throw new UnreadableEventException("payload is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
