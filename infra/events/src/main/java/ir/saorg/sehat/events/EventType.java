package ir.saorg.sehat.events;

import java.util.Objects;

/**
 * One versioned event type on the wire: its CloudEvents {@code ce_type}, the topic it travels on, and the record
 * that carries its payload. The name is part of the contract and never derived from the class name, so renaming a
 * class cannot break a consumer.
 *
 * @param name     the CloudEvents type, e.g. {@code ir.saorg.sehat.code.issued.v1}
 * @param topic    the Kafka topic of the producing service
 * @param payload  the record the JSON payload maps to
 * @param <E>      the payload type
 */
public record EventType<E extends IntegrationEvent>(String name, String topic, Class<E> payload) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        if (!name.matches("ir\\.saorg\\.sehat\\.[a-z]+\\.[a-z_]+\\.v\\d+")) {
            throw new IllegalArgumentException("event type name is not of the form ir.saorg.sehat.<service>.<fact>.v<n>: " + name);
        }
    }

    /** Where this type's JSON Schema lives on the classpath. */
    public String schemaResource() {
        return "/ir/saorg/sehat/events/schemas/" + name + ".schema.json";
    }

    /** Where this type's example payload lives on the classpath. */
    public String exampleResource() {
        return "/ir/saorg/sehat/events/examples/" + name + ".json";
    }
}
