package ir.saorg.sehat.request.types;

/**
 * One data field of a request type's guide.
 *
 * @param name      the key in a request's {@code fields}
 * @param labelFa   the Persian label
 * @param labelEn   the English label
 * @param kind      how the value is normalised and checked
 * @param required  whether a request must carry it
 * @param maxLength the longest value accepted, after normalisation
 */
public record GuideField(String name, String labelFa, String labelEn, FieldKind kind, boolean required,
                         int maxLength) {
}
