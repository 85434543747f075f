package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.request.types.FieldKind;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a request as a page shows it: the guide's label, and for a choice the chosen option's label rather
 * than its stored value. Fields the guide no longer names are shown under their own key.
 *
 * @param digits whether the value is a number to show left to right (an ID, a student number)
 */
record ShownField(String labelFa, String labelEn, String valueFa, String valueEn, boolean digits) {

    static List<ShownField> of(RequestType type, Map<String, String> fields) {
        List<ShownField> shown = new ArrayList<>();
        var remaining = new LinkedHashMap<>(fields);
        if (type != null) {
            for (GuideField field : type.fields()) {
                String value = remaining.remove(field.name());
                if (value != null) {
                    shown.add(of(field, value));
                }
            }
        }
        remaining.forEach((name, value) -> shown.add(new ShownField(name, name, value, value, false)));
        return shown;
    }

    private static ShownField of(GuideField field, String value) {
        var choice = field.choices().stream().filter(c -> c.value().equals(value)).findFirst();
        boolean digits = field.kind() == FieldKind.NATIONAL_ID || field.kind() == FieldKind.DIGITS;
        return new ShownField(field.labelFa(), field.labelEn(), choice.map(GuideField.Choice::labelFa).orElse(value),
                choice.map(GuideField.Choice::labelEn).orElse(value), digits);
    }
}
