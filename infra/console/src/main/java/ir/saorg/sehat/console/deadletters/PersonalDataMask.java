package ir.saorg.sehat.console.deadletters;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks the personal data in a dead letter's payload before an administrator sees it. In JSON, the value of every
 * field whose name says it holds a person's data (national ID, names, student number, birth date, contact details,
 * the code itself) keeps only its first and last characters; a payload that is not JSON is shown with every run of
 * six or more digits masked. Either way at most {@value #MAX_SHOWN} characters are shown.
 */
public final class PersonalDataMask {

    static final int MAX_SHOWN = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PERSONAL = Set.of("nationalid", "maskednationalid", "name", "fullname",
            "firstname", "lastname", "fathername", "studentnumber", "birthdate", "dateofbirth", "email", "mobile",
            "phone", "phonenumber", "address", "code", "oldcode", "newcode", "replacedby", "replaces", "holdername");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9۰-۹٠-٩]{6,}");

    private PersonalDataMask() {
    }

    public static String mask(byte[] payload) {
        if (payload == null) {
            return "";
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree != null && (tree.isObject() || tree.isArray())) {
                return cut(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(masked(tree)));
            }
        } catch (JacksonException notJson) {
            // shown as text below
        }
        return cut(DIGIT_RUN.matcher(text).replaceAll(run -> hide(run.group())));
    }

    private static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : java.util.List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(field);
                if (personal(field) && value.isValueNode() && !value.isNull()) {
                    object.put(field, hide(value.asString()));
                } else if (personal(field) && value.isObject()) {
                    hideAll((ObjectNode) value);
                } else {
                    masked(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PersonalDataMask::masked);
        }
        return node;
    }

    private static void hideAll(ObjectNode object) {
        for (String field : java.util.List.copyOf(object.propertyNames())) {
            JsonNode value = object.get(field);
            if (value.isValueNode() && !value.isNull()) {
                object.put(field, hide(value.asString()));
            } else if (value.isObject()) {
                hideAll((ObjectNode) value);
            }
        }
    }

    private static boolean personal(String field) {
        String plain = field.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return PERSONAL.contains(plain) || plain.equals("holder") || plain.equals("fields");
    }

    static String hide(String value) {
        int[] points = value.codePoints().toArray();
        if (points.length <= 4) {
            return "*".repeat(points.length);
        }
        int keep = points.length >= 10 ? 2 : 1;
        return new String(points, 0, keep) + "*".repeat(points.length - 2 * keep)
                + new String(points, points.length - keep, keep);
    }

    private static String cut(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
    }
}
