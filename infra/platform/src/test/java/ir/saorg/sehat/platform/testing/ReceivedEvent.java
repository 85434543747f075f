package ir.saorg.sehat.platform.testing;

import java.util.Map;

/** One record a {@link KafkaProbe} saw: its topic, key, headers as text and payload as JSON text. */
public record ReceivedEvent(String topic, String key, Map<String, String> headers, String payload) {

    public String type() {
        return headers.get("ce_type");
    }

    public String id() {
        return headers.get("ce_id");
    }
}
