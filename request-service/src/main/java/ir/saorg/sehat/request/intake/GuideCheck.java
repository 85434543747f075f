package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.platform.text.NationalId;
import ir.saorg.sehat.request.types.FieldText;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a request's fields against its type's guide and normalises them. Reports every bad field at once, so that
 * a staff member fixes the whole form in one go.
 *
 * <p>Each value is first normalised ({@link FieldText}: Latin digits, Persian ی and ک, single spaces), then put in
 * its kind's canonical form (a national ID without dashes or spaces, a Jalali date as {@code yyyy/MM/dd}, a choice as
 * its value even when typed as its Persian or English label), and only then checked: length, kind, pattern.
 *
 * <p>Every problem carries the same arguments, so that a message in either language can name what it needs:
 * {@code {0}} the Persian label, {@code {1}} the English label, {@code {2}} the longest length allowed, {@code {3}}
 * and {@code {4}} the allowed values joined for Persian and for English text, {@code {5}} and {@code {6}} the
 * field's help in Persian and English (empty when it has none). {@code field.unknown} is the exception: {@code {0}}
 * is the unknown name, {@code {1}} the type's code.
 */
public final class GuideCheck {

    /** Persian letters (with hamza forms, ۀ, the diacritics, ZWNJ), spaces, hyphens and dots, at least one letter. */
    private static final Pattern PERSIAN_TEXT = Pattern.compile("(?=.*[\\u0621-\\u063A\\u0641-\\u064A\\u067E\\u0686"
            + "\\u0698\\u06A9\\u06AF\\u06C0\\u06CC])[\\u0621-\\u063A\\u0641-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF"
            + "\\u06C0\\u06CC\\u064B-\\u0652\\u0654\\u0670\\u200C \\-.]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern NATIONAL_ID_SEPARATORS = Pattern.compile("[\\s\\-]");
    /** A pattern run that reads more characters than this is taken as a mismatch rather than left to run on. */
    private static final int PATTERN_STEPS = 1_000_000;
    private static final int MAX_CACHED_PATTERNS = 1_000;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

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
                problems.add(new Problem(name, "field.unknown", List.of(String.valueOf(name), type.code())));
            }
        }
        for (GuideField field : type.fields()) {
            String value = normalised(submitted.get(field.name()));
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(problemOf(field, "field.required"));
                }
                continue;
            }
            value = canonical(field, value);
            String key = problemWith(field, value);
            if (key != null) {
                problems.add(problemOf(field, key));
            } else {
                fields.put(field.name(), value);
            }
        }
        return new Result(Map.copyOf(fields), List.copyOf(problems));
    }

    /** What people type, as stored: see {@link FieldText}. Null becomes empty. */
    public static String normalised(String raw) {
        return FieldText.normalised(raw);
    }

    /** The value in its kind's one written form, when it has one; otherwise as it is. */
    private static String canonical(GuideField field, String value) {
        return switch (field.kind()) {
            case NATIONAL_ID -> NATIONAL_ID_SEPARATORS.matcher(value).replaceAll("");
            case JALALI_DATE -> JalaliDateText.normalised(value).orElse(value);
            case CHOICE -> choiceFor(field, value);
            default -> value;
        };
    }

    /** The choice's value when typed as its value (in any letter case) or as one of its labels. */
    private static String choiceFor(GuideField field, String typed) {
        for (GuideField.Choice choice : field.choices()) {
            if (choice.value().equals(typed)) {
                return typed;
            }
        }
        for (GuideField.Choice choice : field.choices()) {
            if (choice.value().equalsIgnoreCase(typed) || normalised(choice.labelFa()).equals(typed)
                    || normalised(choice.labelEn()).equalsIgnoreCase(typed)) {
                return choice.value();
            }
        }
        return typed;
    }

    private static String problemWith(GuideField field, String value) {
        if (value.length() > field.maxLength()) {
            return "field.too-long";
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "field.control-characters";
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
        if (field.pattern() != null && !field.pattern().isEmpty() && !matchesInFull(field.pattern(), value)) {
            return "field.pattern";
        }
        return null;
    }

    /**
     * Whether the value matches the operator's pattern in full. A pattern that does not compile matches nothing (the
     * type rules refuse such patterns; this guards stored data), and one that backtracks without end is stopped.
     */
    static boolean matchesInFull(String pattern, String value) {
        Pattern compiled;
        try {
            compiled = PATTERNS.get(pattern);
            if (compiled == null) {
                if (PATTERNS.size() >= MAX_CACHED_PATTERNS) {
                    PATTERNS.clear();
                }
                compiled = Pattern.compile(pattern);
                PATTERNS.put(pattern, compiled);
            }
        } catch (PatternSyntaxException e) {
            return false;
        }
        try {
            return compiled.matcher(new BoundedText(value, PATTERN_STEPS)).matches();
        } catch (BoundedText.TooManySteps e) {
            return false;
        }
    }

    private static Problem problemOf(GuideField field, String key) {
        List<String> values = field.choices().stream().map(GuideField.Choice::value).toList();
        return new Problem(field.name(), key, List.of(text(field.labelFa()), text(field.labelEn()), field.maxLength(),
                String.join("، ", values), String.join(", ", values), text(field.helpFa()), text(field.helpEn())));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Text that counts how often a matcher reads it, so that a runaway pattern ends. */
    private static final class BoundedText implements CharSequence {

        private final String text;
        private final int[] steps;
        private final int limit;

        BoundedText(String text, int limit) {
            this(text, new int[1], limit);
        }

        private BoundedText(String text, int[] steps, int limit) {
            this.text = text;
            this.steps = steps;
            this.limit = limit;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > limit) {
                throw new TooManySteps();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundedText(text.substring(start, end), steps, limit);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class TooManySteps extends RuntimeException {

            TooManySteps() {
                super("pattern ran too long", null, false, false);
            }
        }
    }
}
