package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.request.intake.GuideCheck;
import ir.saorg.sehat.request.types.FieldKind;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column holds which guide field, read from the header row. A header names a field by its name (as in the
 * type's template, any case), its Persian label or its English label; a trailing {@code *} is ignored. Blank header
 * cells after the last named column are ignored.
 */
public final class Columns {

    private static final Pattern EXCEL_SHORTENED_ID = Pattern.compile("\\d{8,9}");

    private final RequestType type;
    private final List<GuideField> byColumn;

    private Columns(RequestType type, List<GuideField> byColumn) {
        this.type = type;
        this.byColumn = byColumn;
    }

    /** @throws BadHeadersException listing every unknown, duplicate, missing and unnamed column */
    public static Columns of(RequestType type, FileRow header) {
        int last = lastNamed(header);
        List<GuideField> byColumn = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> duplicate = new ArrayList<>();
        List<Integer> unnamed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int column = 0; column <= last; column++) {
            String name = header.cell(column);
            Optional<GuideField> field = fieldNamed(type, name);
            byColumn.add(field.orElse(null));
            if (name.isBlank()) {
                unnamed.add(column + 1);
            } else if (field.isEmpty()) {
                unknown.add(name.strip());
            } else if (seen.merge(field.get().name(), 1, Integer::sum) == 2) {
                duplicate.add(field.get().name());
            }
        }
        List<String> missing = type.fields().stream().filter(GuideField::required)
                .map(GuideField::name).filter(name -> !seen.containsKey(name)).toList();
        if (!unknown.isEmpty() || !duplicate.isEmpty() || !missing.isEmpty() || !unnamed.isEmpty()) {
            throw new BadHeadersException(unknown, duplicate, missing, unnamed,
                    type.fields().stream().map(GuideField::name).toList());
        }
        return new Columns(type, List.copyOf(byColumn));
    }

    /**
     * The row's values by field name, as written. A national ID that Excel stored as a number has lost its leading
     * zeros (0012345678 becomes 12345678); it gets them back, and its check digit still decides whether it is valid.
     */
    public Map<String, String> fieldsOf(FileRow row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int column = 0; column < byColumn.size(); column++) {
            GuideField field = byColumn.get(column);
            String value = row.cell(column);
            if (field.kind() == FieldKind.NATIONAL_ID) {
                String digits = GuideCheck.normalised(value);
                if (EXCEL_SHORTENED_ID.matcher(digits).matches()) {
                    value = "0".repeat(10 - digits.length()) + digits;
                }
            }
            fields.put(field.name(), value);
        }
        return fields;
    }

    /** The value written in a field's column; empty when the file has no such column. */
    public String raw(FileRow row, String fieldName) {
        for (int column = 0; column < byColumn.size(); column++) {
            if (byColumn.get(column).name().equals(fieldName)) {
                return row.cell(column);
            }
        }
        return "";
    }

    /** Columns (from 1) beyond the named ones that hold a value in this row. */
    public List<Integer> extraColumns(FileRow row) {
        List<Integer> extra = new ArrayList<>();
        for (int column = byColumn.size(); column < row.cells().size(); column++) {
            if (!row.cell(column).isBlank()) {
                extra.add(column + 1);
            }
        }
        return extra;
    }

    public RequestType type() {
        return type;
    }

    private static int lastNamed(FileRow header) {
        for (int column = header.cells().size() - 1; column >= 0; column--) {
            if (!header.cell(column).isBlank()) {
                return column;
            }
        }
        return -1;
    }

    private static Optional<GuideField> fieldNamed(RequestType type, String header) {
        String name = GuideCheck.normalised(header.replace("\uFEFF", "")).replaceFirst("\\s*\\*$", "");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return type.fields().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(lower)
                || GuideCheck.normalised(f.labelFa()).equals(name)
                || f.labelEn().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
