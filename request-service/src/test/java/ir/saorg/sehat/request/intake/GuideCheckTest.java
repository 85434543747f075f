package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.request.types.FieldKind;
import ir.saorg.sehat.request.types.GuideField;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ir.saorg.sehat.request.intake.GuideFixtures.EVERY_KIND;
import static ir.saorg.sehat.request.intake.GuideFixtures.VALID_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GuideCheckTest {

    private static Map<String, String> valid() {
        var fields = new HashMap<String, String>();
        fields.put("nationalId", VALID_ID);
        fields.put("studentNumber", "4011234567");
        fields.put("fullName", "زهرا احمدی");
        fields.put("degree", "BACHELOR");
        return fields;
    }

    private static GuideCheck.Result checked(Map<String, String> fields) {
        return GuideCheck.check(EVERY_KIND, fields);
    }

    private static List<String> keysOf(GuideCheck.Result result) {
        return result.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void acceptsAValidRequestAndStoresItNormalised() {
        var fields = valid();
        fields.put("nationalId", "۰۴۹۹۳۷۰۸۹۹");
        fields.put("studentNumber", "٤٠١١٢٣٤٥٦٧");
        fields.put("fullName", "  علي   كريمي ");
        fields.put("graduationDate", "۱۴۰۳/۷/۵");
        fields.put("note", "Line one\nline\ttwo");

        var result = checked(fields);

        assertThat(result.valid()).isTrue();
        assertThat(result.fields()).containsEntry("nationalId", VALID_ID)
                .containsEntry("studentNumber", "4011234567")
                .containsEntry("fullName", "علی کریمی")
                .containsEntry("graduationDate", "1403/07/05")
                .containsEntry("note", "Line one line two");
    }

    @Test
    void leavesOutAnOptionalFieldLeftEmpty() {
        var fields = valid();
        fields.put("note", "   ");
        fields.put("graduationDate", null);

        assertThat(checked(fields).fields()).doesNotContainKeys("note", "graduationDate");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        var fields = new HashMap<String, String>();
        fields.put("nationalId", "0499370898");
        fields.put("fullName", "Zahra Ahmadi");
        fields.put("graduationDate", "1402/12/30");
        fields.put("favouriteColour", "blue");
        fields.put("shoeSize", "42");

        var result = checked(fields);

        assertThat(result.valid()).isFalse();
        assertThat(result.fields()).isEmpty();
        assertThat(keysOf(result)).containsExactlyInAnyOrder("favouriteColour:field.unknown", "shoeSize:field.unknown",
                "nationalId:field.national-id", "studentNumber:field.required", "fullName:field.persian-text",
                "degree:field.required", "graduationDate:field.jalali-date");
    }

    @Test
    void nameTheUnknownFieldAndTheTypeForTheMessage() {
        var fields = valid();
        fields.put("colour", "blue");

        assertThat(checked(fields).problems()).singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("colour", "EVERY_KIND"));
    }

    @Test
    void givesEveryFieldProblemTheLabelsTheLimitTheChoicesAndTheHelp() {
        var fields = valid();
        fields.put("degree", "PHD");

        var problem = checked(fields).problems().getFirst();

        assertThat(problem.key()).isEqualTo("field.choice");
        assertThat(problem.arguments()).containsExactly("مقطع", "Degree", 32, "BACHELOR، MASTER", "BACHELOR, MASTER",
                "", "");
    }

    @Test
    void acceptsANationalIdWrittenWithDashesOrSpaces() {
        var fields = valid();
        fields.put("nationalId", "۰۴۹-۹۳۷۰۸۹-۹");
        assertThat(checked(fields).fields()).containsEntry("nationalId", VALID_ID);
        fields.put("nationalId", "049 937089 9");
        assertThat(checked(fields).fields()).containsEntry("nationalId", VALID_ID);
    }

    @Test
    void refusesANationalIdWithoutItsLeadingZero() {
        var fields = valid();
        fields.put("nationalId", "499370899");
        assertThat(keysOf(checked(fields))).containsExactly("nationalId:field.national-id");
    }

    @Test
    void refusesANationalIdOfOneRepeatedDigit() {
        var fields = valid();
        fields.put("nationalId", "0000000000");
        assertThat(keysOf(checked(fields))).containsExactly("nationalId:field.national-id");
    }

    @Test
    void takesAChoiceByItsValueInAnyCaseOrByItsLabel() {
        var fields = valid();
        for (String typed : List.of("MASTER", "master", "کارشناسی ارشد", "كارشناسي ارشد", "Master", " master ")) {
            fields.put("degree", typed);
            assertThat(checked(fields).fields()).as(typed).containsEntry("degree", "MASTER");
        }
    }

    @Test
    void refusesLatinLettersOrDigitsInAPersianName() {
        var fields = valid();
        for (String name : List.of("زهرا Ahmadi", "زهرا احمدی2", "Zahra", "زهرا_احمدی")) {
            fields.put("fullName", name);
            assertThat(keysOf(checked(fields))).as(name).containsExactly("fullName:field.persian-text");
        }
    }

    @Test
    void refusesAPersianNameWithoutALetter() {
        var fields = valid();
        for (String name : List.of("-", ".", "- .", "\u064E")) {
            fields.put("fullName", name);
            assertThat(keysOf(checked(fields))).as(name).containsExactly("fullName:field.persian-text");
        }
        fields.put("fullName", "\u200C\u200F ");
        assertThat(keysOf(checked(fields))).containsExactly("fullName:field.required");
    }

    @Test
    void keepsTheNonJoinerInsideAWordAndDropsItAtTheEdges() {
        var fields = valid();
        fields.put("fullName", "\u200Cمحمد\u200Cرضا \u200Cنیک\u200C\u200Cنام\u200C");
        assertThat(checked(fields).fields()).containsEntry("fullName", "محمد\u200Cرضا نیک\u200Cنام");
    }

    @Test
    void dropsDirectionMarksAndKashidaThatCopyingBringsAlong() {
        var fields = valid();
        fields.put("fullName", "\u202Bمحمـــد\u200F\u00A0رضایی\u202C");
        fields.put("nationalId", "\u200E0499370899\u200E");
        fields.put("studentNumber", "\uFEFF4011234567");

        assertThat(checked(fields).fields()).containsEntry("fullName", "محمد رضایی")
                .containsEntry("nationalId", VALID_ID).containsEntry("studentNumber", "4011234567");
    }

    @Test
    void acceptsPersianLettersWithHamzaAndHehWithYeh() {
        var fields = valid();
        fields.put("fullName", "رئوف مؤمنی‌زادهٔ آل‌اسحاق");
        assertThat(checked(fields).valid()).isTrue();
    }

    @Test
    void measuresTheLengthAfterNormalising() {
        var fields = valid();
        fields.put("fullName", "  " + "ا".repeat(200) + "  ");
        assertThat(checked(fields).valid()).isTrue();
        fields.put("fullName", "ا".repeat(201));
        assertThat(keysOf(checked(fields))).containsExactly("fullName:field.too-long");
    }

    @Test
    void checksTheOperatorsPatternAfterTheKind() {
        var fields = valid();
        fields.put("postalCode", "0123456789");
        assertThat(keysOf(checked(fields))).containsExactly("postalCode:field.pattern");
        fields.put("postalCode", "۱۲۳۴۵۶۷۸۹۰");
        assertThat(checked(fields).fields()).containsEntry("postalCode", "1234567890");
        fields.put("postalCode", "12345-67890");
        assertThat(keysOf(checked(fields))).containsExactly("postalCode:field.too-long");
    }

    @Test
    void stopsAPatternThatBacktracksWithoutEnd() {
        var type = GuideFixtures.withFields(new GuideField("code", "کد", "Code", FieldKind.TEXT, true, 4000,
                "(a+)+b", List.of(), null, null));
        String value = "a".repeat(60) + "!";

        var result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> GuideCheck.check(type, Map.of("code", value)));

        assertThat(keysOf(result)).containsExactly("code:field.pattern");
    }

    @Test
    void treatsAStoredPatternThatDoesNotCompileAsAMismatchNotAFailure() {
        var type = GuideFixtures.withFields(new GuideField("code", "کد", "Code", FieldKind.TEXT, true, 10, "([a-",
                List.of(), null, null));
        assertThat(keysOf(GuideCheck.check(type, Map.of("code", "abc")))).containsExactly("code:field.pattern");
    }

    @Test
    void refusesControlCharacters() {
        var fields = valid();
        fields.put("note", "ok\u0007");
        assertThat(keysOf(checked(fields))).containsExactly("note:field.control-characters");
    }

    @Test
    void normalisesNullToEmpty() {
        assertThat(GuideCheck.normalised(null)).isEmpty();
    }
}
