package ir.saorg.sehat.console.deadletters;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

    @Test
    void masksPersonalFieldsAtAnyDepthAndLeavesTheRestReadable() {
        String masked = PersonalDataMask.mask(bytes("""
                {"requestId": "5b1c0f0e-8d2a-4b53-9c61-3f0c2a9e7d11", "requestType": "ENROLMENT_CERTIFICATE",
                 "holder": {"nationalId": "0499370899", "fullName": "زهرا احمدی", "studentNumber": "4011234567"},
                 "code": "48213390577126048830", "typeName": {"fa": "گواهی اشتغال", "en": "Enrolment"},
                 "list": [{"email": "zahra@example.ir"}]}"""));

        assertThat(masked).contains("5b1c0f0e-8d2a-4b53-9c61-3f0c2a9e7d11", "ENROLMENT_CERTIFICATE", "Enrolment",
                "04******99", "48****************30", "40******67", "za************ir");
        assertThat(masked).doesNotContain("0499370899", "زهرا احمدی", "4011234567", "48213390577126048830",
                "zahra@example.ir");
    }

    @Test
    void masksEveryFieldOfASubmittedRequestsFields() {
        String masked = PersonalDataMask.mask(bytes("""
                {"fields": {"nationalId": "0499370899", "country": "Germany", "degree": "MASTER"}}"""));

        assertThat(masked).doesNotContain("0499370899", "Germany", "MASTER");
    }

    @Test
    void aPayloadThatIsNotJsonHasItsLongDigitRunsMaskedInAnyScript() {
        String masked = PersonalDataMask.mask(bytes("{not json, id 0499370899 and ۰۴۹۹۳۷۰۸۹۹, year 1405"));

        assertThat(masked).contains("{not json", "04******99", "۰۴******۹۹", "1405")
                .doesNotContain("0499370899", "۰۴۹۹۳۷۰۸۹۹");
    }

    @Test
    void aHugePayloadIsCut() {
        assertThat(PersonalDataMask.mask(bytes("x".repeat(100_000)))).hasSize(PersonalDataMask.MAX_SHOWN + 1);
    }

    @Test
    void shortValuesAreHiddenWhole() {
        assertThat(PersonalDataMask.hide("Ali")).isEqualTo("***");
        assertThat(PersonalDataMask.hide("Zahra")).isEqualTo("Z***a");
        assertThat(PersonalDataMask.mask(null)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
