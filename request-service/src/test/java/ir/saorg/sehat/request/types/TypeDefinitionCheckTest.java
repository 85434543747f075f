package ir.saorg.sehat.request.types;

import ir.saorg.sehat.request.types.RequestTypeDefinition.FieldDefinition;
import ir.saorg.sehat.request.types.RequestTypeDefinition.WindowDefinition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static ir.saorg.sehat.request.types.TypeDefinitions.field;
import static ir.saorg.sehat.request.types.TypeDefinitions.plus;
import static ir.saorg.sehat.request.types.TypeDefinitions.valid;
import static ir.saorg.sehat.request.types.TypeDefinitions.withFields;
import static ir.saorg.sehat.request.types.TypeDefinitions.withWindows;
import static org.assertj.core.api.Assertions.assertThat;

class TypeDefinitionCheckTest {

    private static List<String> problems(RequestTypeDefinition definition) {
        return problems(definition, definition.code());
    }

    private static List<String> problems(RequestTypeDefinition definition, String code) {
        return TypeDefinitionCheck.check(definition, code, 1).problems().stream()
                .map(p -> p.path() + ":" + p.key()).toList();
    }

    @Test
    void everySeedTypeKeepsTheRulesAndReadsBackAsItself() {
        for (RequestType seed : SeedTypes.ALL) {
            var checked = TypeDefinitionCheck.check(RequestTypeDefinition.of(seed), seed.code(), seed.version());
            assertThat(checked.problems()).as(seed.code()).isEmpty();
            assertThat(checked.type()).isEqualTo(seed);
        }
    }

    @Test
    void theSeedsHaveFreeAndPaidAndReviewedAndUnreviewedTypesAndNoCallWindows() {
        assertThat(SeedTypes.ALL).extracting(RequestType::reviewRequired).contains(true, false);
        assertThat(SeedTypes.ALL).allSatisfy(type -> assertThat(type.callWindows()).isEmpty());
        // FOREIGN_DEGREE_EVALUATION is the one payment-service seeds a tariff for; the others are free.
        assertThat(SeedTypes.ALL).extracting(RequestType::code).contains("FOREIGN_DEGREE_EVALUATION",
                "ENROLMENT_CERTIFICATE");
    }

    @Test
    void fillsInTheDefaults() {
        var type = TypeDefinitionCheck.check(valid("TRIAL"), "TRIAL", 3).type();

        assertThat(type.version()).isEqualTo(3);
        assertThat(type.targetTime()).isEqualTo(Duration.ofDays(7));
        assertThat(type.reviewRequired()).isFalse();
        assertThat(type.maxExtensionDays()).isZero();
        assertThat(type.callWindows()).isEmpty();
        assertThat(type.fields()).extracting(GuideField::maxLength).containsExactly(10, 20, 200);
    }

    @Test
    void refusesAMalformedCode() {
        for (String code : List.of("trial", "T", "1TRIAL", "TRIAL-ONE", "TRIAL ONE", "ت_ا", "A".repeat(65))) {
            assertThat(problems(valid(code))).as(code).containsExactly("code:type.code-pattern");
        }
        assertThat(problems(valid("A".repeat(64)))).isEmpty();
        assertThat(problems(valid(null))).containsExactly("code:type.required-member");
    }

    @Test
    void refusesABodyWhoseCodeDiffersFromThePath() {
        assertThat(problems(valid("OTHER"), "TRIAL")).containsExactly("code:type.code-mismatch");
        assertThat(problems(valid(null), "TRIAL")).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() {
        var definition = new RequestTypeDefinition("bad code", " ", null,
                List.of(TypeDefinitions.NATIONAL_ID, field("Bad-Name", "TEXT"), field("level", "CHOICE"),
                        field("when", "DATE"), new FieldDefinition("x", "", "X", "TEXT", false, 0, "([", null,
                                null, null)),
                "7 days", null, 0, -1, List.of(new WindowDefinition("2025-02-01T00:00:00Z", "2025-01-01T00:00:00Z")));

        assertThat(problems(definition)).containsExactlyInAnyOrder(
                "code:type.code-pattern",
                "nameFa:type.required-member",
                "nameEn:type.required-member",
                "fields[1].name:type.field-name-pattern",
                "fields[2].choices:type.choices-missing",
                "fields[3].kind:type.field-kind-unknown",
                "fields[4].labelFa:type.required-member",
                "fields[4].maxLength:type.max-length-range",
                "fields[4].pattern:type.pattern-invalid",
                "fields:type.holder-field-missing",
                "fields:type.holder-field-missing",
                "targetTime:type.target-time-invalid",
                "codeValidityDays:type.days-range",
                "maxExtensionDays:type.days-range",
                "callWindows[0]:type.window-order");
    }

    @Test
    void requiresTheHolderFieldsWithTheirKindsAndRequired() {
        var wrong = withFields(valid("TRIAL"), List.of(
                new FieldDefinition("nationalId", "کد ملی", "National ID", "DIGITS", true, null, null, null, null,
                        null),
                new FieldDefinition("studentNumber", "ش", "S", "DIGITS", false, null, null, null, null, null),
                TypeDefinitions.FULL_NAME));

        assertThat(problems(wrong)).containsExactly("fields[0]:type.holder-field-wrong",
                "fields[1]:type.holder-field-wrong");
        assertThat(problems(withFields(valid("TRIAL"), List.of(TypeDefinitions.FULL_NAME))))
                .containsExactly("fields:type.holder-field-missing", "fields:type.holder-field-missing");
    }

    @Test
    void refusesDuplicateFieldNames() {
        assertThat(problems(plus(valid("TRIAL"), field("fullName", "PERSIAN_TEXT"))))
                .containsExactly("fields[3].name:type.field-name-duplicate");
    }

    @Test
    void allowsFortyFieldsAndNoMore() {
        var forty = new ArrayList<>(valid("TRIAL").fields());
        IntStream.range(0, 37).forEach(i -> forty.add(field("extra" + i, "TEXT")));
        assertThat(problems(withFields(valid("TRIAL"), forty))).isEmpty();
        forty.add(field("oneTooMany", "TEXT"));
        assertThat(problems(withFields(valid("TRIAL"), forty))).containsExactly("fields:type.too-many-fields");
    }

    @Test
    void acceptsFieldNamesOfTheAllowedShape() {
        assertThat(problems(plus(valid("TRIAL"), field("a", "TEXT"), field("graduationDate2", "JALALI_DATE"),
                field("x".repeat(40), "TEXT")))).isEmpty();
        assertThat(problems(plus(valid("TRIAL"), field("x".repeat(41), "TEXT"), field("first_name", "TEXT"),
                field("2nd", "TEXT"), field("نام", "TEXT")))).hasSize(4)
                .allSatisfy(p -> assertThat(p).endsWith("type.field-name-pattern"));
    }

    @Test
    void wantsChoicesOnChoiceFieldsOnly() {
        var choices = List.of(new GuideField.Choice("A", "الف", "A"));
        var text = new FieldDefinition("note", "ی", "N", "TEXT", false, null, null, choices, null, null);
        var choice = new FieldDefinition("level", "س", "L", "choice", false, null, null, choices, null, null);

        assertThat(problems(plus(valid("TRIAL"), text))).containsExactly("fields[3].choices:type.choices-not-allowed");
        assertThat(problems(plus(valid("TRIAL"), choice))).isEmpty();
    }

    @Test
    void wantsChoiceValuesPresentNormalisedAndDistinct() {
        var choices = List.of(new GuideField.Choice("A", "الف", "A"), new GuideField.Choice("a", "ب", "B"),
                new GuideField.Choice("علي", "ج", "C"), new GuideField.Choice(" ", "د", "D"),
                new GuideField.Choice("E", null, "E"));
        var choice = new FieldDefinition("level", "س", "L", "CHOICE", false, null, null, choices, null, null);

        assertThat(problems(plus(valid("TRIAL"), choice))).containsExactly(
                "fields[3].choices[1].value:type.choice-value-duplicate",
                "fields[3].choices[2].value:type.choice-value-not-normal",
                "fields[3].choices[3].value:type.choice-value-not-normal",
                "fields[3].choices[4].labelFa:type.required-member");
    }

    @Test
    void givesAChoiceFieldTheLengthOfItsLongestChoiceByDefault() {
        var choices = List.of(new GuideField.Choice("SHORT", "ک", "S"), new GuideField.Choice("LONGER_ONE", "ب", "L"));
        var definition = plus(valid("TRIAL"), new FieldDefinition("level", "س", "L", "CHOICE", true, null, null,
                choices, null, null));
        assertThat(TypeDefinitionCheck.check(definition, "TRIAL", 1).type().fields().get(3).maxLength()).isEqualTo(10);

        var tooShort = plus(valid("TRIAL"), new FieldDefinition("level", "س", "L", "CHOICE", true, 5, null,
                choices, null, null));
        assertThat(problems(tooShort)).containsExactly("fields[3].maxLength:type.max-length-too-short");
    }

    @Test
    void keepsMaxLengthWithinOneToFourThousandAndLongEnoughForTheKind() {
        assertThat(problems(plus(valid("TRIAL"), withLength("a", "TEXT", 4000), withLength("b", "TEXT", 1))))
                .isEmpty();
        assertThat(problems(plus(valid("TRIAL"), withLength("a", "TEXT", 4001), withLength("b", "TEXT", 0),
                withLength("c", "NATIONAL_ID", 9), withLength("d", "JALALI_DATE", 8)))).containsExactly(
                "fields[3].maxLength:type.max-length-range", "fields[4].maxLength:type.max-length-range",
                "fields[5].maxLength:type.max-length-too-short", "fields[6].maxLength:type.max-length-too-short");
    }

    private static FieldDefinition withLength(String name, String kind, int length) {
        return new FieldDefinition(name, "ب", "L", kind, false, length, null, null, null, null);
    }

    @Test
    void wantsPatternsThatCompileAndAreShort() {
        var ok = new FieldDefinition("code", "ک", "C", "TEXT", false, null, "[A-Z]{2}[0-9]{4}", null, null, null);
        var broken = new FieldDefinition("code", "ک", "C", "TEXT", false, null, "[A-Z", null, null, null);
        var tooLong = new FieldDefinition("code", "ک", "C", "TEXT", false, null, "a".repeat(201), null, null, null);

        assertThat(problems(plus(valid("TRIAL"), ok))).isEmpty();
        assertThat(problems(plus(valid("TRIAL"), broken))).containsExactly("fields[3].pattern:type.pattern-invalid");
        assertThat(problems(plus(valid("TRIAL"), tooLong))).containsExactly("fields[3].pattern:type.pattern-too-long");
    }

    @Test
    void wantsAPositiveIsoTargetTimeOfAtMostAYear() {
        for (String good : List.of("P7D", "PT48H", "P1DT12H", "PT90M", "P365D")) {
            assertThat(problems(withTargetTime(good))).as(good).isEmpty();
        }
        for (String unreadable : List.of("7", "7d", "P1W", "P1M", "one week")) {
            assertThat(problems(withTargetTime(unreadable))).as(unreadable)
                    .containsExactly("targetTime:type.target-time-invalid");
        }
        for (String outOfRange : List.of("PT0S", "-P1D", "P366D")) {
            assertThat(problems(withTargetTime(outOfRange))).as(outOfRange)
                    .containsExactly("targetTime:type.target-time-range");
        }
        assertThat(problems(withTargetTime(null))).containsExactly("targetTime:type.required-member");
    }

    private static RequestTypeDefinition withTargetTime(String targetTime) {
        var v = valid("TRIAL");
        return new RequestTypeDefinition(v.code(), v.nameFa(), v.nameEn(), v.fields(), targetTime, null, 365, null,
                null);
    }

    @Test
    void keepsTheDaysWithinTheirRanges() {
        assertThat(problems(withDays(1, 0))).isEmpty();
        assertThat(problems(withDays(3650, 3650))).isEmpty();
        assertThat(problems(withDays(0, -1))).containsExactly("codeValidityDays:type.days-range",
                "maxExtensionDays:type.days-range");
        assertThat(problems(withDays(3651, 3651))).containsExactly("codeValidityDays:type.days-range",
                "maxExtensionDays:type.days-range");
        assertThat(problems(withDays(null, null))).containsExactly("codeValidityDays:type.required-member");
    }

    private static RequestTypeDefinition withDays(Integer validity, Integer extension) {
        var v = valid("TRIAL");
        return new RequestTypeDefinition(v.code(), v.nameFa(), v.nameEn(), v.fields(), "P1D", true, validity,
                extension, null);
    }

    @Test
    void wantsCallWindowsThatOpenBeforeTheyCloseAndDoNotOverlap() {
        var definition = withWindows(valid("TRIAL"),
                new WindowDefinition("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z"),
                new WindowDefinition("2025-01-01T00:00:00+03:30", "2025-02-01T00:00:00+03:30"),
                new WindowDefinition("2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"));
        var type = TypeDefinitionCheck.check(definition, "TRIAL", 1).type();

        assertThat(type.callWindows()).extracting(CallWindow::opensAt).containsExactly(
                Instant.parse("2024-12-31T20:30:00Z"), Instant.parse("2025-03-01T00:00:00Z"),
                Instant.parse("2025-04-01T00:00:00Z"));

        assertThat(problems(withWindows(valid("TRIAL"),
                new WindowDefinition("2025-01-01T00:00:00Z", "2025-12-31T00:00:00Z"),
                new WindowDefinition("2025-02-01T00:00:00Z", "2025-03-01T00:00:00Z"),
                new WindowDefinition("2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"),
                new WindowDefinition("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
                new WindowDefinition("yesterday", null))))
                .containsExactlyInAnyOrder("callWindows[1]:type.window-overlap", "callWindows[2]:type.window-overlap",
                        "callWindows[3]:type.window-order", "callWindows[4].opensAt:type.window-instant-invalid",
                        "callWindows[4].closesAt:type.required-member");
    }

    @Test
    void refusesWindowsFarOutsideAnyCall() {
        assertThat(problems(withWindows(valid("TRIAL"),
                new WindowDefinition("1999-12-31T00:00:00Z", "2025-01-01T00:00:00Z"),
                new WindowDefinition("2025-06-01T00:00:00Z", "+10000-01-01T00:00:00Z"))))
                .containsExactly("callWindows[0].opensAt:type.window-instant-invalid",
                        "callWindows[1].closesAt:type.window-instant-invalid");
    }

    @Test
    void storesWindowsToTheMillisecond() {
        var type = TypeDefinitionCheck.check(withWindows(valid("TRIAL"),
                new WindowDefinition("2025-01-01T00:00:00.123456Z", "2025-02-01T00:00:00Z")), "TRIAL", 1).type();
        assertThat(type.callWindows().getFirst().opensAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00.123Z"));
    }

    @Test
    void normalisesNamesAndLabelsAndDropsEmptyHelp() {
        var definition = new RequestTypeDefinition("TRIAL", " گواهي  آزمايشي ", "Trial", List.of(
                TypeDefinitions.NATIONAL_ID, TypeDefinitions.STUDENT_NUMBER,
                new FieldDefinition("fullName", "نام", "Name", "PERSIAN_TEXT", true, null, null, null, "  ", "Help")),
                "P1D", false, 10, 0, List.of());
        var type = TypeDefinitionCheck.check(definition, "TRIAL", 1).type();

        assertThat(type.nameFa()).isEqualTo("گواهی آزمایشی");
        assertThat(type.fields().get(2).helpFa()).isNull();
        assertThat(type.fields().get(2).helpEn()).isEqualTo("Help");
    }

    @Test
    void refusesNoDefinitionAtAll() {
        assertThat(TypeDefinitionCheck.check(null, "TRIAL", 1).problems()).isNotEmpty();
        assertThat(problems(withFields(valid("TRIAL"), null))).contains("fields:type.required-member");
    }
}
