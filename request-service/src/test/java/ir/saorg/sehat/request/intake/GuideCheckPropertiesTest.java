package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.platform.text.NationalId;
import ir.saorg.sehat.request.types.FieldText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ir.saorg.sehat.request.intake.GuideFixtures.EVERY_KIND;
import static org.assertj.core.api.Assertions.assertThat;

/** The guide's rules over many inputs: national IDs, digits in three scripts, Persian names. */
class GuideCheckPropertiesTest {

    private static final String PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئؤأۀ";

    private static Map<String, String> request(String nationalId, String studentNumber, String fullName) {
        var fields = new HashMap<String, String>();
        fields.put("nationalId", nationalId);
        fields.put("studentNumber", studentNumber);
        fields.put("fullName", fullName);
        fields.put("degree", "BACHELOR");
        return fields;
    }

    // --- national IDs ----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> nationalIds() {
        return Arbitraries.strings().numeric().ofLength(9).map(NationalId::withCheckDigit).filter(NationalId::isValid);
    }

    @Provide
    Arbitrary<Integer> scripts() {
        return Arbitraries.integers().between(0, 2);
    }

    /** The ID with each digit in Latin, Persian or Arabic-Indic digits as {@code scripts} says. */
    private static String written(String latin, List<Integer> scripts) {
        var out = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            int digit = latin.charAt(i) - '0';
            int script = scripts.get(i % scripts.size());
            out.append(script == 0 ? (char) ('0' + digit) : script == 1 ? (char) ('۰' + digit) : (char) ('٠' + digit));
        }
        return out.toString();
    }

    @Property
    void aValidNationalIdInAnyMixOfDigitsNormalisesToOneValueAndPasses(
            @ForAll("nationalIds") String id, @ForAll List<@IntRange(min = 0, max = 2) Integer> scripts) {
        Assume.that(!scripts.isEmpty());
        var result = GuideCheck.check(EVERY_KIND, request(written(id, scripts), "1", "زهرا"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.fields()).containsEntry("nationalId", id);
    }

    @Property
    void changingTheCheckDigitIsAlwaysCaught(@ForAll("nationalIds") String id, @ForAll @IntRange(max = 9) int digit) {
        Assume.that(digit != id.charAt(9) - '0');
        assertThat(NationalId.isValid(id.substring(0, 9) + digit)).isFalse();
    }

    /**
     * The check digit is the weighted sum's remainder r mod 11 when r &lt; 2, else 11 - r: r = 1 and r = 10 both give
     * the check digit 1. So every single-digit change of an ID is caught unless its check digit is 1, where a change
     * that moves r between 1 and 10 goes unseen (about one change in sixty overall). The algorithm is the state's;
     * this is what it can and cannot catch.
     */
    @Property
    void changingOneOfTheFirstNineDigitsIsCaughtWhenTheCheckDigitIsNotOne(
            @ForAll("nationalIds") String id, @ForAll @IntRange(max = 8) int position,
            @ForAll @IntRange(max = 9) int digit) {
        Assume.that(id.charAt(9) != '1' && digit != id.charAt(position) - '0');
        String changed = id.substring(0, position) + digit + id.substring(position + 1);

        assertThat(NationalId.isValid(changed)).isFalse();
        assertThat(GuideCheck.check(EVERY_KIND, request(changed, "1", "زهرا")).problems())
                .anySatisfy(p -> assertThat(p.key()).isEqualTo("field.national-id"));
    }

    @Example
    void aChangeBetweenRemaindersOneAndTenIsTheOneTheCheckDigitCannotSee() {
        assertThat(NationalId.isValid("7145044341")).isTrue();
        assertThat(NationalId.isValid("9145044341")).isTrue();
    }

    // --- digits -----------------------------------------------------------------------------------------------------

    @Property
    void digitsInAnyScriptAreStoredAsLatinDigits(@ForAll("digitStrings") String digits,
                                                 @ForAll List<@IntRange(min = 0, max = 2) Integer> scripts) {
        Assume.that(!scripts.isEmpty());
        var result = GuideCheck.check(EVERY_KIND, request(GuideFixtures.VALID_ID, written(digits, scripts), "زهرا"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.fields()).containsEntry("studentNumber", digits);
    }

    @Provide
    Arbitrary<String> digitStrings() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    }

    // --- Persian names ----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> persianNames() {
        Arbitrary<String> word = Arbitraries.strings().withChars(PERSIAN_LETTERS.toCharArray()).ofMinLength(2)
                .ofMaxLength(8);
        Arbitrary<String> joiner = Arbitraries.of(" ", "\u200C");
        return Combinators.combine(word, joiner, word, joiner, word).as((a, j1, b, j2, c) -> a + j1 + b + j2 + c);
    }

    @Property
    void aPersianNameTypedWithArabicYehAndKafIsStoredWithPersianYehAndKaf(@ForAll("persianNames") String name) {
        String arabic = name.replace('ی', 'ي').replace('ک', 'ك');

        var asPersian = GuideCheck.check(EVERY_KIND, request(GuideFixtures.VALID_ID, "1", name));
        var asArabic = GuideCheck.check(EVERY_KIND, request(GuideFixtures.VALID_ID, "1", arabic));

        assertThat(asPersian.problems()).isEmpty();
        assertThat(asArabic.problems()).isEmpty();
        assertThat(asArabic.fields().get("fullName")).isEqualTo(asPersian.fields().get("fullName")).isEqualTo(name)
                .doesNotContain("ي", "ك");
    }

    @Property
    void aLatinLetterAnywhereInAPersianNameIsRefused(@ForAll("persianNames") String name,
                                                     @ForAll @IntRange(max = 1000) int at,
                                                     @ForAll("latinLetters") char letter) {
        int position = at % (name.length() + 1);
        String mixed = name.substring(0, position) + letter + name.substring(position);

        assertThat(GuideCheck.check(EVERY_KIND, request(GuideFixtures.VALID_ID, "1", mixed)).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("fullName");
                    assertThat(p.key()).isEqualTo("field.persian-text");
                });
    }

    @Provide
    Arbitrary<Character> latinLetters() {
        return Arbitraries.oneOf(Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('A', 'Z'));
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll String text) {
        String once = FieldText.normalised(text);
        assertThat(FieldText.normalised(once)).isEqualTo(once);
    }

    @Property
    void normalisedTextHasNoEdgeSpacesNorDoubleSpaces(@ForAll("noisyNames") String text) {
        String normalised = FieldText.normalised(text);
        assertThat(normalised).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ")
                .doesNotStartWith("\u200C").doesNotEndWith("\u200C").doesNotContain(" \u200C", "\u200C ");
    }

    @Provide
    Arbitrary<String> noisyNames() {
        return Arbitraries.strings().withChars((PERSIAN_LETTERS + " \u200C\u00A0\t\n\u200F\u0640").toCharArray())
                .ofMaxLength(30);
    }
}
