package ir.saorg.sehat.request.types;

import java.util.List;

/**
 * A request type as an operator writes it, before it is checked: every member as sent, so that each mistake can be
 * reported rather than failing the whole body. {@link TypeDefinitionCheck} turns it into a {@link RequestType}. The
 * shape is the published guide's ({@code GET /api/v1/request-types/{code}}), so a guide read can be changed and sent
 * back; its {@code version} is ignored (the version is the store's to give).
 *
 * @param code             required on creation; on a change, absent or the code being changed
 * @param targetTime       an ISO-8601 duration, e.g. {@code P7D} or {@code PT48H}
 * @param reviewRequired   absent means false
 * @param maxExtensionDays absent means 0
 * @param callWindows      absent or empty: always open
 * @param codesExpireWithCall absent means false: codes keep their validity after the call ends
 */
public record RequestTypeDefinition(String code, String nameFa, String nameEn, List<FieldDefinition> fields,
                                    String targetTime, Boolean reviewRequired, Integer codeValidityDays,
                                    Integer maxExtensionDays, List<WindowDefinition> callWindows,
                                    Boolean codesExpireWithCall) {

    /**
     * One guide field as written.
     *
     * @param kind      one of {@link FieldKind}'s names
     * @param required  absent means false
     * @param maxLength absent means the kind's usual length (10 for a national ID or a date, 20 digits, 200 for text,
     *                  the longest choice)
     */
    public record FieldDefinition(String name, String labelFa, String labelEn, String kind, Boolean required,
                                  Integer maxLength, String pattern, List<GuideField.Choice> choices, String helpFa,
                                  String helpEn) {
    }

    /** A call window as written: two ISO-8601 instants ({@code 2025-03-21T00:00:00Z}, or with an offset). */
    public record WindowDefinition(String opensAt, String closesAt) {
    }

    /** The definition of an existing type, as it would be sent back unchanged. */
    public static RequestTypeDefinition of(RequestType type) {
        return new RequestTypeDefinition(type.code(), type.nameFa(), type.nameEn(), type.fields().stream()
                .map(f -> new FieldDefinition(f.name(), f.labelFa(), f.labelEn(), f.kind().name(), f.required(),
                        f.maxLength(), f.pattern(), f.choices(), f.helpFa(), f.helpEn())).toList(),
                type.targetTime().toString(), type.reviewRequired(), type.codeValidityDays(), type.maxExtensionDays(),
                type.callWindows().stream()
                        .map(w -> new WindowDefinition(w.opensAt().toString(), w.closesAt().toString())).toList(),
                type.codesExpireWithCall());
    }

    /** A definition that leaves {@code codesExpireWithCall} out (false). */
    public RequestTypeDefinition(String code, String nameFa, String nameEn, List<FieldDefinition> fields,
                                 String targetTime, Boolean reviewRequired, Integer codeValidityDays,
                                 Integer maxExtensionDays, List<WindowDefinition> callWindows) {
        this(code, nameFa, nameEn, fields, targetTime, reviewRequired, codeValidityDays, maxExtensionDays, callWindows,
                null);
    }
}
