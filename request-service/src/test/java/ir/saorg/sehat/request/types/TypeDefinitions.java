package ir.saorg.sehat.request.types;

import ir.saorg.sehat.request.types.RequestTypeDefinition.FieldDefinition;
import ir.saorg.sehat.request.types.RequestTypeDefinition.WindowDefinition;

import java.util.ArrayList;
import java.util.List;

/** Type definitions for tests: a valid one, and ways to break it. */
final class TypeDefinitions {

    static final FieldDefinition NATIONAL_ID = new FieldDefinition("nationalId", "کد ملی", "National ID",
            "NATIONAL_ID", true, null, null, null, null, null);
    static final FieldDefinition STUDENT_NUMBER = new FieldDefinition("studentNumber", "شماره دانشجویی",
            "Student number", "DIGITS", true, null, null, null, null, null);
    static final FieldDefinition FULL_NAME = new FieldDefinition("fullName", "نام و نام خانوادگی", "Full name",
            "PERSIAN_TEXT", true, null, null, null, null, null);

    private TypeDefinitions() {
    }

    static RequestTypeDefinition valid(String code) {
        return new RequestTypeDefinition(code, "گواهی آزمایشی", "Trial certificate",
                List.of(NATIONAL_ID, STUDENT_NUMBER, FULL_NAME), "P7D", null, 365, null, null);
    }

    static RequestTypeDefinition withFields(RequestTypeDefinition definition, List<FieldDefinition> fields) {
        return new RequestTypeDefinition(definition.code(), definition.nameFa(), definition.nameEn(), fields,
                definition.targetTime(), definition.reviewRequired(), definition.codeValidityDays(),
                definition.maxExtensionDays(), definition.callWindows());
    }

    static RequestTypeDefinition plus(RequestTypeDefinition definition, FieldDefinition... more) {
        var fields = new ArrayList<>(definition.fields());
        fields.addAll(List.of(more));
        return withFields(definition, fields);
    }

    static RequestTypeDefinition withWindows(RequestTypeDefinition definition, WindowDefinition... windows) {
        return new RequestTypeDefinition(definition.code(), definition.nameFa(), definition.nameEn(),
                definition.fields(), definition.targetTime(), definition.reviewRequired(),
                definition.codeValidityDays(), definition.maxExtensionDays(), List.of(windows));
    }

    static FieldDefinition field(String name, String kind) {
        return new FieldDefinition(name, "برچسب", "Label", kind, false, null, null, null, null, null);
    }
}
