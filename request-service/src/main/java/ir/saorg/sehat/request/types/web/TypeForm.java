package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.text.PersianText;
import ir.saorg.sehat.request.dates.JalaliDate;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeDefinition;
import ir.saorg.sehat.request.types.RequestTypeDefinition.FieldDefinition;
import ir.saorg.sehat.request.types.RequestTypeDefinition.WindowDefinition;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request type's page form as the operator posted it: the names and settings as typed, the guide's fields as JSON
 * of the API's shape, the call windows it had (each kept unless ticked for removal) and at most one new window as
 * two Jalali dates, the first and the last day of the call in Tehran. {@link #definition} turns it into the API's
 * definition; what the form alone cannot read (a date, a number, the JSON) is reported by slot, as message keys.
 *
 * @param windowOpensAt the windows the form was made with, as ISO-8601 instants, in order
 * @param removeWindow  the indexes of those to remove
 * @param newOpens      the first day of a new window, e.g. {@code ۱۴۰۵/۰۱/۱۵}
 * @param newCloses     the last day of a new window (the window closes at the end of it)
 * @param basedOn       the version the form was made from
 */
record TypeForm(String code, String nameFa, String nameEn, String targetTime, Boolean reviewRequired,
                String codeValidityDays, String maxExtensionDays, Boolean codesExpireWithCall, String fieldsJson,
                List<String> windowOpensAt, List<String> windowClosesAt, List<Integer> removeWindow,
                String newOpens, String newCloses, Integer basedOn) {

    static final String NEW_WINDOW = "window-new";

    TypeForm {
        windowOpensAt = windowOpensAt == null ? List.of() : List.copyOf(windowOpensAt);
        windowClosesAt = windowClosesAt == null ? List.of() : List.copyOf(windowClosesAt);
        removeWindow = removeWindow == null ? List.of() : removeWindow.stream().filter(i -> i != null).toList();
    }

    /** The form of an existing type, as its page first shows it. */
    static TypeForm of(RequestType type, String fieldsJson) {
        return new TypeForm(type.code(), type.nameFa(), type.nameEn(), type.targetTime().toString(),
                type.reviewRequired(), String.valueOf(type.codeValidityDays()), String.valueOf(type.maxExtensionDays()),
                type.codesExpireWithCall(), fieldsJson,
                type.callWindows().stream().map(w -> w.opensAt().toString()).toList(),
                type.callWindows().stream().map(w -> w.closesAt().toString()).toList(), List.of(), null, null,
                type.version());
    }

    /** The form of a new type: the holder fields every type must have, and the usual settings. */
    static TypeForm newType(String fieldsJson) {
        return new TypeForm(null, null, null, "P7D", false, "365", "0", false, fieldsJson, List.of(), List.of(),
                List.of(), null, null, null);
    }

    /** One window the form was made with. */
    record WindowRow(int index, String opensAt, String closesAt, boolean removed) {

        public String slot() {
            return "window-" + index;
        }

        public Instant opens() {
            return instant(opensAt);
        }

        public Instant closes() {
            return instant(closesAt);
        }

        private static Instant instant(String text) {
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    public List<WindowRow> windows() {
        var rows = new ArrayList<WindowRow>();
        for (int i = 0; i < windowOpensAt.size(); i++) {
            String closes = i < windowClosesAt.size() ? windowClosesAt.get(i) : null;
            rows.add(new WindowRow(i, windowOpensAt.get(i), closes, removeWindow.contains(i)));
        }
        return rows;
    }

    /**
     * The definition, with the slot of each of its call windows (for showing a window's problem beside it), or
     * what the form could not read, by slot.
     */
    record Read(RequestTypeDefinition definition, List<String> windowSlots, Map<String, String> unreadable) {

        boolean readable() {
            return unreadable.isEmpty();
        }
    }

    /** The guide's fields as the JSON textarea gave them; empty when it is not a list of fields. */
    interface FieldsReader {
        Optional<List<FieldDefinition>> read(String json);
    }

    Read definition(FieldsReader fieldsReader) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<FieldDefinition> fields = fieldsReader.read(fieldsJson).orElse(null);
        if (fields == null) {
            unreadable.put("fieldsJson", "types.form.fieldsJson.unreadable");
        }
        Integer validity = whole(codeValidityDays, "codeValidityDays", unreadable);
        Integer extension = whole(maxExtensionDays, "maxExtensionDays", unreadable);
        var windows = new ArrayList<WindowDefinition>();
        var slots = new ArrayList<String>();
        for (WindowRow row : windows()) {
            if (!row.removed()) {
                windows.add(new WindowDefinition(row.opensAt(), row.closesAt()));
                slots.add(row.slot());
            }
        }
        newWindow(unreadable).ifPresent(window -> {
            windows.add(window);
            slots.add(NEW_WINDOW);
        });
        var definition = new RequestTypeDefinition(blankToNull(code), nameFa, nameEn, fields, blankToNull(targetTime),
                Boolean.TRUE.equals(reviewRequired), validity, extension, windows,
                Boolean.TRUE.equals(codesExpireWithCall));
        return new Read(definition, slots, unreadable);
    }

    /** The new window from its first day's midnight to the midnight after its last day, both in Tehran. */
    private Optional<WindowDefinition> newWindow(Map<String, String> unreadable) {
        boolean noStart = blank(newOpens);
        boolean noEnd = blank(newCloses);
        if (noStart && noEnd) {
            return Optional.empty();
        }
        Optional<JalaliDate> first = noStart ? Optional.empty() : JalaliDate.parse(newOpens);
        Optional<JalaliDate> last = noEnd ? Optional.empty() : JalaliDate.parse(newCloses);
        if (first.isEmpty()) {
            unreadable.put("newOpens", noStart ? "types.form.date.required" : "types.form.date.unreadable");
        }
        if (last.isEmpty()) {
            unreadable.put("newCloses", noEnd ? "types.form.date.required" : "types.form.date.unreadable");
        }
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowDefinition(first.get().start().toString(),
                last.get().plusDays(1).start().toString()));
    }

    private static Integer whole(String typed, String slot, Map<String, String> unreadable) {
        if (blank(typed)) {
            return null;
        }
        String digits = PersianText.normalise(typed).strip();
        if (!digits.matches("[0-9]{1,9}")) {
            unreadable.put(slot, "types.form.number.unreadable");
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
