package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.platform.text.NationalId;
import ir.saorg.sehat.platform.text.PersianText;
import ir.saorg.sehat.request.types.RequestType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a request's fields against its type's guide and normalises them. Reports every bad field at once, so that
 * a staff member fixes the whole form in one go.
 */
public final class GuideCheck {

    private static final Pattern PERSIAN_NAME = Pattern.compile("[\\u0600-\\u06FF\\u200C\\s]+");

    private GuideCheck() {
    }

    /** The outcome: normalised fields when {@code problems} is empty. */
    public record Result(Map<String, String> fields, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** One bad field; {@code key} names the message, e.g. {@code field.required}. */
    public record Problem(String field, String key, List<Object> arguments) {
    }

    public static Result check(RequestType type, Map<String, String> submitted) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : submitted.keySet()) {
            if (type.fields().stream().noneMatch(f -> f.name().equals(name))) {
                problems.add(new Problem(name, "field.unknown", List.of(name, type.code())));
            }
        }
        for (GuideField field : type.fields()) {
            String raw = submitted.get(field.name());
            if (raw == null || raw.isBlank()) {
                if (field.required()) {
                    problems.add(new Problem(field.name(), "field.required", List.of(field.labelFa(), field.labelEn())));
                }
                continue;
            }
            String value = PersianText.normalise(raw);
            String key = problemWith(field, value);
            if (key != null) {
                problems.add(new Problem(field.name(), key, List.of(field.labelFa(), field.labelEn(), field.maxLength())));
            } else {
                fields.put(field.name(), value);
            }
        }
        return new Result(Map.copyOf(fields), List.copyOf(problems));
    }

    private static String problemWith(GuideField field, String value) {
        if (value.length() > field.maxLength()) {
            return "field.too-long";
        }
        return switch (field.kind()) {
            case NATIONAL_ID -> NationalId.isValid(value) ? null : "field.national-id";
            case DIGITS -> value.matches("\\d+") ? null : "field.digits";
            case PERSIAN_TEXT -> PERSIAN_NAME.matcher(value).matches() ? null : "field.persian-text";
        };
    }
}
