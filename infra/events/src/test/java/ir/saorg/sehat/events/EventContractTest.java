package ir.saorg.sehat.events;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract is consistent: every type has a schema and an example, every example fits, every consumer can read it. */
class EventContractTest {

    static final List<EventType<?>> TYPES = EventTypes.ALL;
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    static final JsonMapper JSON = JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @ParameterizedTest
    @FieldSource("TYPES")
    void theExampleFitsTheSchema(EventType<?> type) throws IOException {
        assertThat(violations(type, read(type.exampleResource()))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void aConsumerReadsTheExampleAndWritesItBackWithinTheSchema(EventType<?> type) throws IOException {
        String example = read(type.exampleResource());
        IntegrationEvent event = JSON.readValue(example, type.payload());

        assertThat(event.eventId()).isNotNull();
        assertThat(event.requestId()).isNotNull();
        assertThat(event.occurredAt()).isNotNull();
        String written = JSON.writeValueAsString(event);
        assertThat(violations(type, written)).isEmpty();
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(example));
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void theSchemaRefusesAPayloadWithoutItsRequiredFields(EventType<?> type) throws IOException {
        assertThat(violations(type, "{\"eventId\": \"not-a-uuid\"}")).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void theSchemaNamesItsType(EventType<?> type) throws IOException {
        JsonNode schema = JSON.readTree(read(type.schemaResource()));
        assertThat(schema.get("$id").asString()).endsWith("/" + type.name() + ".schema.json");
    }

    @Test
    void everySchemaOnTheClasspathBelongsToARegisteredType() throws IOException, URISyntaxException {
        Path dir = Path.of(EventContractTest.class.getResource("/ir/saorg/sehat/events/schemas").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> schemas = files.map(p -> p.getFileName().toString().replace(".schema.json", ""))
                    .collect(Collectors.toSet());
            assertThat(schemas).isEqualTo(TYPES.stream().map(EventType::name).collect(Collectors.toSet()));
        }
    }

    @Test
    void theAsyncApiDocumentDescribesEveryTypeOnItsTopic() throws IOException {
        String asyncApi = read("/ir/saorg/sehat/events/asyncapi.yaml");
        for (EventType<?> type : TYPES) {
            assertThat(asyncApi).contains("name: " + type.name(), "address: " + type.topic(),
                    "$ref: 'schemas/" + type.name() + ".schema.json'");
        }
    }

    @Test
    void typeNamesAreVersionedAndNeverAClassName() {
        for (EventType<?> type : TYPES) {
            assertThat(type.name()).matches("ir\\.saorg\\.sehat\\.[a-z]+\\.[a-z_]+\\.v\\d+")
                    .doesNotContain(type.payload().getSimpleName());
        }
    }

    private static List<String> violations(EventType<?> type, String json) throws IOException {
        Schema schema;
        try (InputStream in = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            schema = SCHEMAS.getSchema(in, InputFormat.JSON);
        }
        return schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    static String read(String resource) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
