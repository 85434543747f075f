package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.TestStudents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A client that knows nothing of Sehat's Java types: it reads a guide as plain JSON and fills every field from the
 * field's kind, length, pattern and choices alone, as a university's own system would.
 */
final class JsonOnlyClient {

    private JsonOnlyClient() {
    }

    static ObjectNode fill(JsonNode guide) {
        ObjectNode fields = new JsonMapper().createObjectNode();
        for (JsonNode field : guide.get("fields")) {
            fields.put(field.get("name").asString(), valueFor(field));
        }
        return fields;
    }

    private static String valueFor(JsonNode field) {
        String kind = field.get("kind").asString();
        int maxLength = field.get("maxLength").asInt();
        JsonNode patternNode = field.get("pattern");
        Pattern pattern = patternNode == null || patternNode.isNull() ? null : Pattern.compile(patternNode.asString());
        List<String> candidates = switch (kind) {
            case "NATIONAL_ID" -> List.of(TestStudents.nationalId());
            case "DIGITS" -> digits(maxLength);
            case "PERSIAN_TEXT" -> List.of("زهرا احمدی", "علی", "ب");
            case "TEXT" -> text(maxLength);
            case "JALALI_DATE" -> List.of("1403/06/31", "1400/01/01");
            case "CHOICE" -> {
                var values = new ArrayList<String>();
                field.get("choices").forEach(choice -> values.add(choice.get("value").asString()));
                yield values;
            }
            default -> throw new AssertionError("a kind the guide does not explain: " + kind);
        };
        return candidates.stream().filter(v -> v.length() <= maxLength)
                .filter(v -> pattern == null || pattern.matcher(v).matches()).findFirst()
                .orElseThrow(() -> new AssertionError("cannot fill " + field + " from the guide alone"));
    }

    private static List<String> digits(int maxLength) {
        var values = new ArrayList<String>();
        for (int length = Math.min(maxLength, 12); length >= 1; length--) {
            values.add("4012345678901".substring(0, length));
            values.add("1".repeat(length));
        }
        return values;
    }

    private static List<String> text(int maxLength) {
        var values = new ArrayList<>(List.of("Sample text", "نمونه", "A1"));
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (int digits = 0; digits <= Math.min(maxLength - 1, 12); digits++) {
                values.add(letter + "1".repeat(digits));
            }
        }
        return values;
    }
}
