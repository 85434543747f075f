package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.platform.testing.PageCalls;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's code pages, as the gateway reaches them with the relayed token: a code looked up as typed, its page
 * with the holder masked and Jalali dates, a revocation through the same use case as the API after which the code
 * verifies as revoked, a revocation without a reason refused beside the field with nothing changed, only operators
 * revoke (administrators read), and hostile text shown as text.
 */
@AutoConfigureMockMvc
abstract class RevocationPagesScenarios {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    MockMvc mvc;
    @Autowired
    Codes codes;

    @Test
    void aCodeTypedInPersianDigitsWithDashesIsFoundAndShownWithItsHolderMasked() throws Exception {
        String digits = issued("زهرا احمدی");
        String typed = persian(new VerificationCode(digits).display()).replace("-", " - ");

        assertThat(page(get("/operator/codes"), TestTokens.operator(), 200)).contains("name=\"code\"", "dir=\"rtl\"");
        MvcResult found = mvc.perform(get("/operator/codes").param("code", typed)
                .header("Authorization", "Bearer " + TestTokens.operator())).andReturn();
        assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/operator/codes/" + digits);

        String shown = page(get("/operator/codes/" + digits), TestTokens.operator(), 200);
        assertThat(shown).contains(new VerificationCode(digits).display(), "معتبر", "ز*** ا***", "049*****99",
                        "گواهی اشتغال به تحصیل", "name=\"category\"", "value=\"RECORD_CORRECTED\"", "name=\"reason\"",
                        "/requests/" + codes.byCode(digits).orElseThrow().requestId(), "/correction")
                .doesNotContain("زهرا احمدی", "0499370899");
        assertThat(page(get("/operator/codes/" + digits).param("lang", "en"), TestTokens.operator(), 200))
                .contains("dir=\"ltr\"", "Valid", "Enrolment certificate");

        assertThat(page(get("/operator/codes").param("code", "1234"), TestTokens.operator(), 400))
                .contains("id=\"code-error\"", "aria-invalid=\"true\"", "value=\"1234\"");
        String unknown = VerificationCode.generate(RANDOM).digits();
        assertThat(page(get("/operator/codes").param("code", unknown), TestTokens.operator(), 404))
                .contains("id=\"code-error\"", "کد پیدا نشد");
    }

    @Test
    void anOperatorRevokesACodeFromItsPageAndItVerifiesAsRevoked() throws Exception {
        String digits = issued("علی کریمی");
        mvc.perform(get("/api/v1/verifications/" + digits)).andExpect(jsonPath("$.result").value("VALID"));

        MvcResult revoked = mvc.perform(post("/operator/codes/" + digits + "/revocation")
                .param("category", "FRAUD").param("reason", "مدرک با جعل هویت گرفته شده است")
                .header("Authorization", "Bearer " + TestTokens.operator())).andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/operator/codes/" + digits + "?revoked=true");

        IssuedCode stored = codes.byCode(digits).orElseThrow();
        assertThat(stored.revocation().category().name()).isEqualTo("FRAUD");
        assertThat(stored.revocation().revokedBy()).isEqualTo("operator");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/verifications/" + digits))
                .andExpect(jsonPath("$.result").value("REVOKED")));
        assertThat(page(get("/operator/codes/" + digits + "?revoked=true"), TestTokens.operator(), 200))
                .contains("باطل شده", "کد باطل شد", "تقلب", "مدرک با جعل هویت گرفته شده است")
                .doesNotContain("name=\"reason\"");
        assertThat(page(post("/operator/codes/" + digits + "/revocation").param("category", "ISSUED_IN_ERROR")
                .param("reason", "بار دوم ابطال می‌شود"), TestTokens.operator(), 409)).contains("role=\"alert\"");
        assertThat(codes.byCode(digits).orElseThrow().revocation().category().name()).as("the first stands")
                .isEqualTo("FRAUD");
    }

    @Test
    void aRevocationWithoutAReasonOrCategoryIsRefusedBesideTheFieldAndNothingChanges() throws Exception {
        String digits = issued("مریم رضایی");

        assertThat(page(post("/operator/codes/" + digits + "/revocation").param("category", "FRAUD")
                .param("reason", "  "), TestTokens.operator(), 422))
                .contains("id=\"reason-error\"", "توضیح ابطال ۱۰ تا ۲۰۰۰ نویسه است", "aria-invalid=\"true\"");
        assertThat(page(post("/operator/codes/" + digits + "/revocation").param("reason", "سابقه اصلاح شده است")
                .param("lang", "en"), TestTokens.operator(), 422))
                .contains("id=\"category-error\"", "RECORD_CORRECTED", "سابقه اصلاح شده است");
        assertThat(codes.byCode(digits).orElseThrow().revocation()).isNull();
        mvc.perform(get("/api/v1/verifications/" + digits)).andExpect(jsonPath("$.result").value("VALID"));
    }

    @Test
    void onlyOperatorsRevokeAdministratorsReadAndWithoutATokenThePagesAreRefused() throws Exception {
        String digits = issued("سارا محمدی");

        mvc.perform(get("/operator/codes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/operator/codes/" + digits)).andExpect(status().isUnauthorized());
        mvc.perform(get("/operator/codes/" + digits).header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/operator/codes/" + digits + "/revocation").param("category", "FRAUD")
                        .param("reason", "کارشناس دانشگاه ابطال می‌کند")
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/operator/codes/" + digits + "/revocation").param("category", "FRAUD")
                        .param("reason", "مدیر سامانه ابطال می‌کند")
                        .header("Authorization", "Bearer " + TestTokens.admin()))
                .andExpect(status().isForbidden());
        assertThat(page(get("/operator/codes/" + digits), TestTokens.admin(), 200)).doesNotContain("name=\"reason\"");
        assertThat(page(get("/operator/codes/" + digits).accept(MediaType.TEXT_HTML), TestTokens.staff("ut"), 403))
                .as("a browser is shown a page in the layout").contains("dir=\"rtl\"", "role=\"alert\"", "دسترسی ندارید")
                .doesNotContain("ز***");
        assertThat(codes.byCode(digits).orElseThrow().revocation()).isNull();
    }

    @Test
    void hostileTextIsShownAsTextNeverAsMarkup() throws Exception {
        String digits = issued("<script>alert(1)</script>");
        mvc.perform(post("/operator/codes/" + digits + "/revocation").param("category", "ISSUED_IN_ERROR")
                        .param("reason", "\"><img src=x onerror=alert(2)>")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/operator/codes/" + digits), TestTokens.operator(), 200))
                .contains("&lt;***", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>", "<img src=x");
        assertThat(page(get("/operator/codes").param("code", "<b>1</b>"), TestTokens.operator(), 400))
                .contains("value=\"&lt;b&gt;1&lt;/b&gt;\"").doesNotContain("<b>1</b>");
    }

    /** A code of the University of Tehran, issued a day ago and valid for a year. */
    private String issued(String fullName) {
        String digits = VerificationCode.generate(RANDOM).digits();
        Instant issuedAt = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        codes.insert(new IssuedCode(digits, UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE",
                new IssuedCode.Holder("0499370899", "4011234567", fullName), issuedAt,
                issuedAt.plus(Duration.ofDays(365)), "گواهی اشتغال به تحصیل", "Enrolment certificate", null, "ut",
                null), List.of());
        return digits;
    }

    private static String persian(String latin) {
        var out = new StringBuilder();
        latin.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + c - '0') : (char) c));
        return out.toString();
    }

    private String page(MockHttpServletRequestBuilder request, String token, int expected) throws Exception {
        return new PageCalls(mvc).page(request, token, expected);
    }
}
