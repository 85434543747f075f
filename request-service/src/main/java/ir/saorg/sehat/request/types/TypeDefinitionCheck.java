package ir.saorg.sehat.request.types;

import ir.saorg.sehat.request.types.RequestTypeDefinition.FieldDefinition;
import ir.saorg.sehat.request.types.RequestTypeDefinition.WindowDefinition;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a request type's definition must keep, all checked at once so that an operator sees every mistake in one
 * answer. A type that passes can be filled in: every field has a label, a kind and a length its values fit in, every
 * choice field has choices, every pattern compiles, and the holder's fields that a code is printed with are there.
 */
public final class TypeDefinitionCheck {

    public static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,63}$");
    public static final Pattern FIELD_NAME = Pattern.compile("^[a-z][A-Za-z0-9]{0,39}$");
    public static final int MAX_FIELDS = 40;
    public static final int MAX_FIELD_LENGTH = 4000;
    public static final int MAX_PATTERN_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_HELP_LENGTH = 1000;
    public static final int MAX_CHOICES = 200;
    public static final int MAX_CHOICE_LENGTH = 100;
    public static final int MAX_WINDOWS = 100;
    public static final int MAX_DAYS = 3650;
    public static final Duration MAX_TARGET_TIME = Duration.ofDays(365);
    static final Instant EARLIEST_WINDOW = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST_WINDOW = Instant.parse("2200-01-01T00:00:00Z");

    /**
     * The fields every type carries, because a code is printed with its holder's national ID, student number and name
     * (code-service's {@code RequestApproved} holder): the name, the kind it must be, and it must be required.
     */
    public static final Map<String, FieldKind> HOLDER_FIELDS = Map.of("nationalId", FieldKind.NATIONAL_ID,
            "studentNumber", FieldKind.DIGITS, "fullName", FieldKind.PERSIAN_TEXT);
    private static final List<String> HOLDER_ORDER = List.of("nationalId", "studentNumber", "fullName");

    private TypeDefinitionCheck() {
    }

    /** The outcome: the type when {@code problems} is empty, else null. */
    public record Result(RequestType type, List<TypeDefinitionProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks a definition as version {@code version} of the type {@code code}.
     *
     * @param code the type's code: the definition's own on creation, the path's on a change (the definition may then
     *             leave it out, or must repeat it)
     */
    public static Result check(RequestTypeDefinition definition, String code, int version) {
        var problems = new ArrayList<TypeDefinitionProblem>();
        if (definition == null) {
            return new Result(null, List.of(TypeDefinitionProblem.of("", "type.required-member", "")));
        }
        checkCode(definition, code, problems);
        String nameFa = name(definition.nameFa(), "nameFa", problems);
        String nameEn = name(definition.nameEn(), "nameEn", problems);
        List<GuideField> fields = fields(definition.fields(), problems);
        Duration targetTime = targetTime(definition.targetTime(), problems);
        int codeValidityDays = days(definition.codeValidityDays(), null, 1, "codeValidityDays", problems);
        int maxExtensionDays = days(definition.maxExtensionDays(), 0, 0, "maxExtensionDays", problems);
        List<CallWindow> windows = windows(definition.callWindows(), problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new RequestType(code, version, nameFa, nameEn, fields, targetTime,
                Boolean.TRUE.equals(definition.reviewRequired()), codeValidityDays, maxExtensionDays, windows,
                Boolean.TRUE.equals(definition.codesExpireWithCall())),
                List.of());
    }

    private static void checkCode(RequestTypeDefinition definition, String code, List<TypeDefinitionProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(TypeDefinitionProblem.of("code", "type.required-member", "code"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(TypeDefinitionProblem.of("code", "type.code-pattern", code));
        } else if (definition.code() != null && !definition.code().equals(code)) {
            problems.add(TypeDefinitionProblem.of("code", "type.code-mismatch", definition.code(), code));
        }
    }

    private static String name(String raw, String path, List<TypeDefinitionProblem> problems) {
        String name = FieldText.display(raw);
        return requiredText(name, path, MAX_NAME_LENGTH, problems) ? name : null;
    }

    private static boolean requiredText(String text, String path, int max, List<TypeDefinitionProblem> problems) {
        if (text == null || text.isEmpty()) {
            problems.add(TypeDefinitionProblem.of(path, "type.required-member", path));
            return false;
        }
        if (text.length() > max) {
            problems.add(TypeDefinitionProblem.of(path, "type.too-long", path, max));
            return false;
        }
        return true;
    }

    private static List<GuideField> fields(List<FieldDefinition> definitions, List<TypeDefinitionProblem> problems) {
        if (definitions == null || definitions.isEmpty()) {
            problems.add(TypeDefinitionProblem.of("fields", "type.required-member", "fields"));
            return List.of();
        }
        if (definitions.size() > MAX_FIELDS) {
            problems.add(TypeDefinitionProblem.of("fields", "type.too-many-fields", definitions.size(), MAX_FIELDS));
        }
        var fields = new ArrayList<GuideField>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            FieldDefinition definition = definitions.get(i);
            String path = "fields[" + i + "]";
            if (definition == null) {
                problems.add(TypeDefinitionProblem.of(path, "type.required-member", path));
                continue;
            }
            if (definition.name() != null && !names.add(definition.name())) {
                problems.add(TypeDefinitionProblem.of(path + ".name", "type.field-name-duplicate",
                        definition.name()));
            }
            GuideField field = field(definition, path, problems);
            if (field != null) {
                fields.add(field);
            }
        }
        holderFields(definitions, problems);
        return fields;
    }

    private static GuideField field(FieldDefinition definition, String path, List<TypeDefinitionProblem> problems) {
        int before = problems.size();
        String name = definition.name();
        if (name == null || name.isEmpty()) {
            problems.add(TypeDefinitionProblem.of(path + ".name", "type.required-member", path + ".name"));
        } else if (!FIELD_NAME.matcher(name).matches()) {
            problems.add(TypeDefinitionProblem.of(path + ".name", "type.field-name-pattern", name));
        }
        String labelFa = name(definition.labelFa(), path + ".labelFa", problems);
        String labelEn = name(definition.labelEn(), path + ".labelEn", problems);
        FieldKind kind = kind(definition.kind(), path + ".kind", problems);
        List<GuideField.Choice> choices = choices(definition.choices(), kind, path, problems);
        int maxLength = maxLength(definition.maxLength(), kind, choices, path + ".maxLength", problems);
        String pattern = pattern(definition.pattern(), path + ".pattern", problems);
        String helpFa = help(definition.helpFa(), path + ".helpFa", problems);
        String helpEn = help(definition.helpEn(), path + ".helpEn", problems);
        if (problems.size() > before) {
            return null;
        }
        return new GuideField(name, labelFa, labelEn, kind, Boolean.TRUE.equals(definition.required()), maxLength,
                pattern, choices, helpFa, helpEn);
    }

    private static FieldKind kind(String raw, String path, List<TypeDefinitionProblem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(TypeDefinitionProblem.of(path, "type.required-member", path));
            return null;
        }
        try {
            return FieldKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(TypeDefinitionProblem.of(path, "type.field-kind-unknown", raw,
                    String.join(", ", Arrays.stream(FieldKind.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private static List<GuideField.Choice> choices(List<GuideField.Choice> raw, FieldKind kind, String path,
                                                   List<TypeDefinitionProblem> problems) {
        List<GuideField.Choice> given = raw == null ? List.of() : raw;
        if (kind != FieldKind.CHOICE) {
            if (kind != null && !given.isEmpty()) {
                problems.add(TypeDefinitionProblem.of(path + ".choices", "type.choices-not-allowed", kind.name()));
            }
            return List.of();
        }
        if (given.isEmpty()) {
            problems.add(TypeDefinitionProblem.of(path + ".choices", "type.choices-missing"));
            return List.of();
        }
        if (given.size() > MAX_CHOICES) {
            problems.add(TypeDefinitionProblem.of(path + ".choices", "type.too-many-choices", given.size(),
                    MAX_CHOICES));
        }
        var choices = new ArrayList<GuideField.Choice>();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = path + ".choices[" + i + "]";
            GuideField.Choice choice = given.get(i);
            if (choice == null) {
                problems.add(TypeDefinitionProblem.of(at, "type.required-member", at));
                continue;
            }
            String value = choice.value();
            if (value == null || value.isEmpty()) {
                problems.add(TypeDefinitionProblem.of(at + ".value", "type.required-member", at + ".value"));
            } else if (value.length() > MAX_CHOICE_LENGTH) {
                problems.add(TypeDefinitionProblem.of(at + ".value", "type.too-long", at + ".value",
                        MAX_CHOICE_LENGTH));
            } else if (!FieldText.normalised(value).equals(value)) {
                problems.add(TypeDefinitionProblem.of(at + ".value", "type.choice-value-not-normal", value,
                        FieldText.normalised(value)));
            } else if (!values.add(value.toLowerCase(Locale.ROOT))) {
                problems.add(TypeDefinitionProblem.of(at + ".value", "type.choice-value-duplicate", value));
            }
            String labelFa = name(choice.labelFa(), at + ".labelFa", problems);
            String labelEn = name(choice.labelEn(), at + ".labelEn", problems);
            choices.add(new GuideField.Choice(value, labelFa, labelEn));
        }
        return choices;
    }

    private static int maxLength(Integer raw, FieldKind kind, List<GuideField.Choice> choices, String path,
                                 List<TypeDefinitionProblem> problems) {
        int longestChoice = choices.stream().map(GuideField.Choice::value).filter(v -> v != null)
                .mapToInt(String::length).max().orElse(1);
        int least = kind == FieldKind.NATIONAL_ID || kind == FieldKind.JALALI_DATE ? 10
                : kind == FieldKind.CHOICE ? longestChoice : 1;
        int length = raw != null ? raw : kind == null ? least : switch (kind) {
            case NATIONAL_ID, JALALI_DATE -> 10;
            case DIGITS -> 20;
            case TEXT, PERSIAN_TEXT -> 200;
            case CHOICE -> longestChoice;
        };
        if (length < 1 || length > MAX_FIELD_LENGTH) {
            problems.add(TypeDefinitionProblem.of(path, "type.max-length-range", length, MAX_FIELD_LENGTH));
        } else if (length < least) {
            problems.add(TypeDefinitionProblem.of(path, "type.max-length-too-short", length, least));
        }
        return length;
    }

    private static String pattern(String raw, String path, List<TypeDefinitionProblem> problems) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > MAX_PATTERN_LENGTH) {
            problems.add(TypeDefinitionProblem.of(path, "type.pattern-too-long", raw.length(), MAX_PATTERN_LENGTH));
            return null;
        }
        try {
            Pattern.compile(raw);
            return raw;
        } catch (PatternSyntaxException e) {
            problems.add(TypeDefinitionProblem.of(path, "type.pattern-invalid", e.getDescription(), e.getIndex()));
            return null;
        }
    }

    private static String help(String raw, String path, List<TypeDefinitionProblem> problems) {
        String help = FieldText.display(raw);
        if (help.isEmpty()) {
            return null;
        }
        if (help.length() > MAX_HELP_LENGTH) {
            problems.add(TypeDefinitionProblem.of(path, "type.too-long", path, MAX_HELP_LENGTH));
        }
        return help;
    }

    private static void holderFields(List<FieldDefinition> definitions, List<TypeDefinitionProblem> problems) {
        for (String holder : HOLDER_ORDER) {
            FieldKind kind = HOLDER_FIELDS.get(holder);
            int at = -1;
            for (int i = 0; i < definitions.size(); i++) {
                if (definitions.get(i) != null && holder.equals(definitions.get(i).name())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                problems.add(TypeDefinitionProblem.of("fields", "type.holder-field-missing", holder, kind.name()));
                continue;
            }
            FieldDefinition definition = definitions.get(at);
            String given = definition.kind() == null ? "" : definition.kind().strip().toUpperCase(Locale.ROOT);
            if (!kind.name().equals(given) || !Boolean.TRUE.equals(definition.required())) {
                problems.add(TypeDefinitionProblem.of("fields[" + at + "]", "type.holder-field-wrong", holder,
                        kind.name()));
            }
        }
    }

    private static Duration targetTime(String raw, List<TypeDefinitionProblem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(TypeDefinitionProblem.of("targetTime", "type.required-member", "targetTime"));
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(TypeDefinitionProblem.of("targetTime", "type.target-time-invalid", raw));
            return null;
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_TARGET_TIME) > 0) {
            problems.add(TypeDefinitionProblem.of("targetTime", "type.target-time-range", raw,
                    MAX_TARGET_TIME.toDays()));
            return null;
        }
        return duration;
    }

    private static int days(Integer raw, Integer absent, int least, String path, List<TypeDefinitionProblem> problems) {
        Integer days = raw == null ? absent : raw;
        if (days == null) {
            problems.add(TypeDefinitionProblem.of(path, "type.required-member", path));
            return 0;
        }
        if (days < least || days > MAX_DAYS) {
            problems.add(TypeDefinitionProblem.of(path, "type.days-range", path, days, least, MAX_DAYS));
        }
        return days;
    }

    private static List<CallWindow> windows(List<WindowDefinition> definitions, List<TypeDefinitionProblem> problems) {
        if (definitions == null || definitions.isEmpty()) {
            return List.of();
        }
        if (definitions.size() > MAX_WINDOWS) {
            problems.add(TypeDefinitionProblem.of("callWindows", "type.too-many-windows", definitions.size(),
                    MAX_WINDOWS));
            return List.of();
        }
        record Indexed(int index, CallWindow window) {
        }
        var windows = new ArrayList<Indexed>();
        for (int i = 0; i < definitions.size(); i++) {
            String path = "callWindows[" + i + "]";
            WindowDefinition definition = definitions.get(i);
            if (definition == null) {
                problems.add(TypeDefinitionProblem.of(path, "type.required-member", path));
                continue;
            }
            Instant opensAt = instant(definition.opensAt(), path + ".opensAt", problems);
            Instant closesAt = instant(definition.closesAt(), path + ".closesAt", problems);
            if (opensAt == null || closesAt == null) {
                continue;
            }
            if (!opensAt.isBefore(closesAt)) {
                problems.add(TypeDefinitionProblem.of(path, "type.window-order", definition.opensAt(),
                        definition.closesAt()));
                continue;
            }
            windows.add(new Indexed(i, new CallWindow(opensAt, closesAt)));
        }
        windows.sort(Comparator.comparing((Indexed w) -> w.window().opensAt()));
        Indexed latestClosing = null;
        for (Indexed later : windows) {
            if (latestClosing != null && later.window().opensAt().isBefore(latestClosing.window().closesAt())) {
                int first = Math.min(latestClosing.index(), later.index());
                int second = Math.max(latestClosing.index(), later.index());
                problems.add(TypeDefinitionProblem.of("callWindows[" + second + "]", "type.window-overlap", first,
                        second));
            }
            if (latestClosing == null || later.window().closesAt().isAfter(latestClosing.window().closesAt())) {
                latestClosing = later;
            }
        }
        return windows.stream().map(Indexed::window).toList();
    }

    private static Instant instant(String raw, String path, List<TypeDefinitionProblem> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(TypeDefinitionProblem.of(path, "type.required-member", path));
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null || instant.isBefore(EARLIEST_WINDOW) || instant.isAfter(LATEST_WINDOW)) {
            problems.add(TypeDefinitionProblem.of(path, "type.window-instant-invalid", raw));
            return null;
        }
        // Stored to the millisecond: what is read back is what was checked.
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
