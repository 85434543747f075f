package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.platform.text.NationalId;
import ir.saorg.sehat.platform.text.PersianText;
import ir.saorg.sehat.request.types.GuideField;
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

    private static final Pattern PERSIAN_TEXT = Pattern.compile("[\\u0621-\\u063A\\u0641-\\u064A\\u067E\\u0686"
            + "\\u0698\\u06A9\\u06AF\\u06CC\\u0622\\u0623\\u0624\\u0626\\u0629\\u064B-\\u0652\\u0654\\u0670\\u200C "
            + "\\-\\.]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

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
            String value = raw == null ? "" : normalised(raw);
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(new Problem(field.name(), "field.required", List.of(field.labelFa(), field.labelEn())));
                }
                continue;
            }
            if (field.kind() == ir.saorg.sehat.request.types.FieldKind.JALALI_DATE) {
                value = JalaliDateText.normalised(value).orElse(value);
            }
            String key = problemWith(field, value);
            if (key != null) {
                problems.add(new Problem(field.name(), key, List.of(field.labelFa(), field.labelEn(), field.maxLength(),
                        allowed(field))));
            } else {
                fields.put(field.name(), value);
            }
        }
        return new Result(Map.copyOf(fields), List.copyOf(problems));
    }

    /** What people type, as stored: Latin digits, Persian ی and ک, single spaces, no edge spaces. */
    public static String normalised(String raw) {
        return PersianText.normalise(raw).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String problemWith(GuideField field, String value) {
        if (value.length() > field.maxLength()) {
            return "field.too-long";
        }
        String kindProblem = switch (field.kind()) {
            case TEXT -> null;
            case PERSIAN_TEXT -> PERSIAN_TEXT.matcher(value).matches() ? null : "field.persian-text";
            case DIGITS -> DIGITS.matcher(value).matches() ? null : "field.digits";
            case NATIONAL_ID -> NationalId.isValid(value) ? null : "field.national-id";
            case JALALI_DATE -> JalaliDateText.normalised(value).isPresent() ? null : "field.jalali-date";
            case CHOICE -> field.choices().stream().anyMatch(c -> c.value().equals(value)) ? null : "field.choice";
        };
        if (kindProblem != null) {
            return kindProblem;
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            return "field.pattern";
        }
        return null;
    }

    private static String allowed(GuideField field) {
        return String.join("، ", field.choices().stream().map(GuideField.Choice::value).toList());
    }
}
