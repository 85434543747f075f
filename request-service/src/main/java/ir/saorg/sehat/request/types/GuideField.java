package ir.saorg.sehat.request.types;

import java.util.List;

/**
 * One data field of a request type's guide: enough for a client that knows nothing else to build a valid value.
 *
 * @param name      the key in a request's {@code fields} (and the column header in bulk files)
 * @param labelFa   the Persian label
 * @param labelEn   the English label
 * @param kind      how the value is normalised and checked
 * @param required  whether a request must carry it
 * @param maxLength the longest value accepted, after normalisation
 * @param pattern   a regular expression the normalised value must match in full; null for none
 * @param choices   the allowed values of a {@link FieldKind#CHOICE} field; empty otherwise
 * @param helpFa    help text in Persian; null for none
 * @param helpEn    help text in English; null for none
 */
public record GuideField(String name, String labelFa, String labelEn, FieldKind kind, boolean required,
                         int maxLength, String pattern, List<Choice> choices, String helpFa, String helpEn) {

    public GuideField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public GuideField(String name, String labelFa, String labelEn, FieldKind kind, boolean required, int maxLength) {
        this(name, labelFa, labelEn, kind, required, maxLength, null, List.of(), null, null);
    }

    /** An allowed value of a choice field, with its labels. */
    public record Choice(String value, String labelFa, String labelEn) {
    }
}
