package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.testing.PageCalls;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.request.StoredRequests;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.Requests;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.AWAITING_PAYMENT;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's request pages, as the gateway reaches them with the relayed token: who sees what, the form made from
 * a type's guide with refusals shown beside their fields, the actions each role may press, hostile text shown as
 * text, and the language switch.
 */
@AutoConfigureMockMvc
abstract class RequestPagesScenarios {

    @Autowired
    MockMvc mvc;
    @Autowired
    Requests requests;

    @Test
    void staffSeeTheirUniversitysRequestsAndAnotherUniversitysRequestIsNotFound() throws Exception {
        String ut = university();
        String sharif = university();
        Request ours = store(StoredRequests.of(ut).status(CODE_ISSUED)
                .student("0499370899", "4011234567", "زهرا احمدی").code("48213390577126048830"));
        Request theirs = store(StoredRequests.of(sharif).student(TestStudents.nationalId(), "1", "علی کریمی"));

        String list = page(get("/requests"), TestTokens.staff(ut), 200);
        assertThat(list).contains("زهرا احمدی", "/requests/" + ours.id(), "کد صادر شد", "4821-3390-5771-2604-8830",
                "dir=\"rtl\"", "049*****99").doesNotContain(theirs.id());

        String detail = page(get("/requests/" + ours.id()), TestTokens.staff(ut), 200);
        assertThat(detail).contains("4821-3390-5771-2604-8830", "/api/v1/codes/48213390577126048830/proof.pdf",
                "/api/v1/verifications/48213390577126048830/qr.png", "0499370899", "گردش کار");
        assertThat(page(get("/requests/" + theirs.id()), TestTokens.staff(ut), 404))
                .contains("این درخواست پیدا نشد").doesNotContain("علی کریمی");
        assertThat(page(get("/requests/" + theirs.id()), TestTokens.operator(), 200)).contains("علی کریمی");
    }

    @Test
    void withoutATokenThePagesAreRefusedAndAStaffTokenCannotPressAnOperatorsButton() throws Exception {
        Request review = store(StoredRequests.of(university()).status(UNDER_REVIEW));

        mvc.perform(get("/requests")).andExpect(status().isUnauthorized());
        mvc.perform(post("/requests/" + review.id() + "/approval")
                        .header("Authorization", "Bearer " + TestTokens.staff(review.university())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/requests/new/ENROLMENT_CERTIFICATE")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isForbidden());
        assertThat(requests.find(review.id()).orElseThrow().status()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void theFormIsMadeFromTheGuideARefusalKeepsWhatWasTypedAndAGoodOneLandsOnTheNewRequest() throws Exception {
        String ut = university();
        String staff = TestTokens.staff(ut);

        String form = page(get("/requests/new/PROVISIONAL_GRADUATION_CERTIFICATE"), staff, 200);
        assertThat(form).contains("name=\"f.nationalId\"", "name=\"f.graduationDate\"", "<select id=\"f-degree\"",
                "value=\"BACHELOR\"", "کارشناسی", "name=\"formKey\"");

        String refused = page(post("/requests/new/PROVISIONAL_GRADUATION_CERTIFICATE")
                .param("f.nationalId", "0084575947").param("f.studentNumber", "4011234570")
                .param("f.fullName", "سارا محمدی").param("f.degree", "BACHELOR")
                .param("f.graduationDate", "۱۴۰۳/۰۶/۳۱").param("formKey", UUID.randomUUID().toString()), staff, 422);
        assertThat(refused).contains("id=\"f-nationalId-error\"", "aria-invalid=\"true\"", "value=\"سارا محمدی\"");

        String nationalId = TestStudents.nationalId();
        String formKey = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder good = post("/requests/new/PROVISIONAL_GRADUATION_CERTIFICATE")
                .param("f.nationalId", nationalId).param("f.studentNumber", "4011234570")
                .param("f.fullName", "سارا محمدی").param("f.degree", "BACHELOR")
                .param("f.graduationDate", "۱۴۰۳/۰۶/۳۱").param("formKey", formKey);
        String location = redirect(good, staff);
        assertThat(location).matches("/requests/[0-9a-f-]{36}");
        assertThat(redirect(good, staff)).as("the same form sent twice makes one request").isEqualTo(location);

        Request submitted = requests.find(location.substring("/requests/".length())).orElseThrow();
        assertThat(submitted.university()).isEqualTo(ut);
        assertThat(submitted.fields()).containsEntry("nationalId", nationalId).containsEntry("degree", "BACHELOR")
                .containsEntry("graduationDate", "1403/06/31");
    }

    @Test
    void hostileTextIsShownAsTextNeverAsMarkup() throws Exception {
        String ut = university();
        String location = redirect(post("/requests/new/FOREIGN_DEGREE_EVALUATION")
                .param("f.nationalId", TestStudents.nationalId()).param("f.studentNumber", "4011234571")
                .param("f.fullName", "مریم رضایی").param("f.degree", "MASTER")
                .param("f.country", "<script>alert(1)</script>")
                .param("f.foreignUniversity", "\"><img src=x onerror=alert(2)>"), TestTokens.staff(ut));

        String detail = page(get(location), TestTokens.staff(ut), 200);
        assertThat(detail).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert(1)", "<img src=x");
    }

    @Test
    void eachRoleSeesOnlyTheButtonsItMayPress() throws Exception {
        String ut = university();
        Request awaiting = store(StoredRequests.of(ut).status(AWAITING_PAYMENT));
        Request review = store(StoredRequests.of(ut).status(UNDER_REVIEW));

        assertThat(page(get("/requests/" + awaiting.id()), TestTokens.staff(ut), 200))
                .contains("/requests/" + awaiting.id() + "/cancellation").doesNotContain("/approval");
        assertThat(page(get("/requests/" + review.id()), TestTokens.staff(ut), 200))
                .doesNotContain("/cancellation", "/approval", "/rejection");
        assertThat(page(get("/requests/" + review.id()), TestTokens.operator(), 200))
                .contains("/requests/" + review.id() + "/approval", "/requests/" + review.id() + "/rejection");

        mvc.perform(post("/requests/" + review.id() + "/approval")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.find(review.id()).orElseThrow().status().name()).isEqualTo("APPROVED");
        String refusedAgain = mvc.perform(post("/requests/" + review.id() + "/approval")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(refusedAgain).isEqualTo("/requests/" + review.id() + "?refused=APPROVED");
    }

    @Test
    void staffDisputeAnOutcomeFromItsPageAndAnOperatorSettlesIt() throws Exception {
        String ut = university();
        Request issued = store(StoredRequests.of(ut).status(CODE_ISSUED).code("48213390577126048830"));
        Request open = store(StoredRequests.of(ut).status(UNDER_REVIEW));

        assertThat(page(get("/requests/" + issued.id() + "/dispute"), TestTokens.staff(ut), 200))
                .contains("/requests/" + issued.id() + "/disputes", "name=\"reason\"");
        assertThat(page(get("/requests/" + open.id() + "/dispute"), TestTokens.staff(ut), 200))
                .as("no outcome yet, nothing to dispute").doesNotContain("name=\"reason\"");
        assertThat(page(get("/requests/" + issued.id() + "/dispute"), TestTokens.staff(university()), 404))
                .doesNotContain(issued.id() + "/disputes");

        String dispute = redirect(post("/requests/" + issued.id() + "/disputes").param("reason", "نام دانشجو اشتباه است"),
                TestTokens.staff(ut));
        assertThat(dispute).matches("/disputes/[0-9a-f-]{36}");
        assertThat(page(get(dispute), TestTokens.operator(), 200)).contains("نام دانشجو اشتباه است", "/settlement");
        assertThat(page(get(dispute), TestTokens.staff(ut), 200)).doesNotContain("/settlement");
        assertThat(page(get("/disputes?status=OPEN"), TestTokens.operator(), 200)).contains(dispute);

        assertThat(redirect(post(dispute + "/settlement").param("decision", "نام اصلاح می‌شود"), TestTokens.operator()))
                .isEqualTo(dispute);
        assertThat(page(get(dispute), TestTokens.staff(ut), 200)).contains("حل شد", "نام اصلاح می‌شود")
                .doesNotContain("name=\"text\"");
        mvc.perform(post(dispute + "/settlement").param("decision", "x")
                        .header("Authorization", "Bearer " + TestTokens.staff(ut)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProblemOnAPageIsShownAsAPageInTheLayout() throws Exception {
        MvcResult missing = mvc.perform(get("/requests/batches/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + TestTokens.staff(university()))).andReturn();

        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getResponse().getContentType()).startsWith("text/html");
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("dir=\"rtl\"", "/assets/sehat.css", "role=\"alert\"").doesNotContain("\"status\":404");
    }

    @Test
    void pagesArePersianUntilTheReaderSwitchesToEnglishAndTheChoiceIsRemembered() throws Exception {
        String staff = TestTokens.staff(university());

        MvcResult switched = mvc.perform(get("/requests/new").param("lang", "en")
                        .header("Authorization", "Bearer " + staff).header("Accept-Language", "fa"))
                .andExpect(status().isOk()).andReturn();
        assertThat(switched.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("dir=\"ltr\"", "New request", "Provisional graduation certificate");
        Cookie remembered = switched.getResponse().getCookie("sehat-lang");
        assertThat(remembered).isNotNull();

        String later = mvc.perform(get("/requests/new").cookie(remembered).header("Authorization", "Bearer " + staff))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).contains("New request");
        String persian = mvc.perform(get("/requests/new").header("Authorization", "Bearer " + staff)
                        .header("Accept-Language", "en-US"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(persian).as("a browser set to English still starts in Persian").contains("درخواست تازه", "dir=\"rtl\"");
    }

    private String page(MockHttpServletRequestBuilder request, String token, int expected) throws Exception {
        return new PageCalls(mvc).page(request, token, expected);
    }

    private String redirect(MockHttpServletRequestBuilder request, String token) throws Exception {
        return new PageCalls(mvc).redirect(request, token);
    }

    private Request store(StoredRequests request) {
        Request built = request.build();
        assertThat(requests.insert(built, List.of())).isTrue();
        return built;
    }

    private static String university() {
        return "u" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }
}
