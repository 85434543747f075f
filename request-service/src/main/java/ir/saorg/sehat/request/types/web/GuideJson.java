package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeDefinition;
import ir.saorg.sehat.request.types.RequestTypeDefinition.FieldDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guide's fields as the operator's page edits them: JSON of the same shape {@code fields} has in the API, written
 * without the members left out (null, or no choices), and read back as the API would read it.
 */
final class GuideJson implements TypeForm.FieldsReader {

    private final JsonMapper json;

    GuideJson(JsonMapper json) {
        this.json = json;
    }

    String write(List<FieldDefinition> fields) {
        ArrayNode tree = json.valueToTree(fields);
        tree.forEach(field -> {
            if (field instanceof ObjectNode object) {
                var empty = new ArrayList<String>();
                object.properties().forEach(member -> {
                    JsonNode value = member.getValue();
                    if (value.isNull() || (value.isArray() && value.isEmpty())) {
                        empty.add(member.getKey());
                    }
                });
                object.remove(empty);
            }
        });
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    String write(RequestType type) {
        return write(RequestTypeDefinition.of(type).fields());
    }

    /** The three fields every type must have, for a new type's form. */
    String holderFields() {
        return write(List.of(
                new FieldDefinition("nationalId", "کد ملی", "National ID", "NATIONAL_ID", true, null, null, null,
                        null, null),
                new FieldDefinition("studentNumber", "شماره دانشجویی", "Student number", "DIGITS", true, null, null,
                        null, null, null),
                new FieldDefinition("fullName", "نام و نام خانوادگی", "Full name", "PERSIAN_TEXT", true, null, null,
                        null, null, null)));
    }

    @Override
    public Optional<List<FieldDefinition>> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            List<FieldDefinition> fields = json.readValue(text,
                    json.getTypeFactory().constructCollectionType(List.class, FieldDefinition.class));
            return Optional.ofNullable(fields);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
