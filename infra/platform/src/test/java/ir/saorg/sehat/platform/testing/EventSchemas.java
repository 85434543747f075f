package ir.saorg.sehat.platform.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import ir.saorg.sehat.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates a payload against the JSON Schema its event type publishes, with format assertions switched on. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /** The schema violations of this payload; empty when it conforms. */
    public static List<String> violations(String typeName, String json) {
        var type = EventTypes.named(typeName).orElseThrow(() -> new IllegalArgumentException("unknown type " + typeName));
        return schema(type.schemaResource()).validate(json, InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    private static Schema schema(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema at " + resource);
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
