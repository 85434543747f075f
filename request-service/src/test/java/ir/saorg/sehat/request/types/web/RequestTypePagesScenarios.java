package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.PageCalls;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.request.dates.JalaliDate;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's pages of request types, as the gateway reaches them with the relayed token: the list and a type's
 * page show what is stored, a new type and a new call window are stored through the same use case as the API, a
 * refused form stores nothing and shows the API's words beside the field, only operators change (administrators
 * read), and hostile text is shown as text.
 */
@AutoConfigureMockMvc
abstract class RequestTypePagesScenarios {

    private static final String HOLDER_FIELDS = """
            [{"name": "nationalId", "labelFa": "کد ملی", "labelEn": "National ID", "kind": "NATIONAL_ID", "required": true},
             {"name": "studentNumber", "labelFa": "شماره دانشجویی", "labelEn": "Student number", "kind": "DIGITS", "required": true},
             {"name": "fullName", "labelFa": "نام و نام خانوادگی", "labelEn": "Full name", "kind": "PERSIAN_TEXT", "required": true}]""";

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestTypeCatalogue types;

    @Test
    void theListShowsEveryTypeAndANewTypeFromTheFormIsStoredAndShown() throws Exception {
        assertThat(page(get("/operator/request-types"), TestTokens.operator(), 200))
                .contains("dir=\"rtl\"", "ENROLMENT_CERTIFICATE", "/operator/request-types/ENROLMENT_CERTIFICATE",
                        "/operator/request-types/new", "همیشه باز", "href=\"/operator/tariffs\"",
                        "href=\"/operator/codes\"", "نوع‌های درخواست و فراخوان‌ها");
        assertThat(page(get("/requests"), TestTokens.staff("ut"), 200)).as("the operators' menu is theirs")
                .doesNotContain("/operator/");
        assertThat(page(get("/operator/request-types/new"), TestTokens.operator(), 200))
                .contains("name=\"code\"", "name=\"fieldsJson\"", "nationalId", "name=\"newOpens\"");

        String code = newCode();
        assertThat(redirect(create(code, "گواهی آزمایشی صفحه"), TestTokens.operator()))
                .isEqualTo("/operator/request-types/" + code + "?saved=1");

        RequestType stored = types.current(code).orElseThrow();
        assertThat(stored.nameFa()).isEqualTo("گواهی آزمایشی صفحه");
        assertThat(stored.fields()).extracting("name").containsExactly("nationalId", "studentNumber", "fullName");
        assertThat(page(get("/operator/request-types/" + code + "?saved=1"), TestTokens.operator(), 200))
                .contains("گواهی آزمایشی صفحه", "نسخهٔ ۱ ثبت شد", "<td class=\"ltr\">operator</td>", "name=\"basedOn\" value=\"1\"");
        assertThat(page(get("/operator/request-types"), TestTokens.operator(), 200)).contains(code);
    }

    @Test
    void anOperatorAddsACallWindowInJalaliDatesAndItIsStoredAsTheNextVersion() throws Exception {
        String code = newCode();
        redirect(create(code, "گواهی فراخوان"), TestTokens.operator());

        assertThat(redirect(change(code, 1).param("newOpens", "۱۴۰۵/۰۱/۱۵").param("newCloses", "1405-02-15"),
                TestTokens.operator())).isEqualTo("/operator/request-types/" + code + "?saved=2");

        RequestType changed = types.current(code).orElseThrow();
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.callWindows()).containsExactly(new CallWindow(new JalaliDate(1405, 1, 15).start(),
                new JalaliDate(1405, 2, 16).start()));
        String shown = page(get("/operator/request-types/" + code), TestTokens.operator(), 200);
        assertThat(shown).contains("۱۵ فروردین ۱۴۰۵", "۱۶ اردیبهشت ۱۴۰۵", "name=\"removeWindow\"", "بسته");

        assertThat(redirect(change(code, 2).param("windowOpensAt", changed.callWindows().getFirst().opensAt().toString())
                        .param("windowClosesAt", changed.callWindows().getFirst().closesAt().toString())
                        .param("removeWindow", "0"), TestTokens.operator()))
                .isEqualTo("/operator/request-types/" + code + "?saved=3");
        assertThat(types.current(code).orElseThrow().callWindows()).as("removed").isEmpty();
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedBesideItInTheApisWordsAndNothingIsStored() throws Exception {
        String code = newCode();
        redirect(create(code, "گواهی نادرست"), TestTokens.operator());

        String refused = page(change(code, 1).param("newOpens", "1405/02/15").param("newCloses", "1405/01/15"),
                TestTokens.operator(), 422);
        assertThat(refused).contains("id=\"window-new-error\"", "باید پیش از پایان آن", "aria-invalid=\"true\"",
                "value=\"1405/02/15\"");
        String english = page(change(code, 1).param("newOpens", "1405/02/15").param("newCloses", "1405/01/15")
                .param("lang", "en"), TestTokens.operator(), 422);
        assertThat(english).contains("id=\"window-new-error\"", "dir=\"ltr\"").doesNotContain("باید پیش از پایان آن");

        assertThat(page(change(code, 1).param("newOpens", "1405/13/40").param("newCloses", "1405/01/15"),
                TestTokens.operator(), 422)).contains("id=\"newOpens-error\"", "۱۴۰۵/۰۱/۱۵");
        assertThat(page(change(code, 1, "fieldsJson", "[{\"name\": \"nationalId\""), TestTokens.operator(), 422))
                .contains("id=\"fieldsJson-error\"");
        assertThat(page(change(code, 1, "targetTime", "a week"), TestTokens.operator(), 422))
                .contains("id=\"targetTime-error\"", "a week");
        assertThat(types.current(code).orElseThrow().version()).isEqualTo(1);
        assertThat(types.current(code).orElseThrow().callWindows()).isEmpty();
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedAndDoesNotOverwriteTheNewerOne() throws Exception {
        String code = newCode();
        redirect(create(code, "گواهی دو کارشناس"), TestTokens.operator());
        redirect(change(code, 1, "nameEn", "First change"), TestTokens.operator());

        assertThat(page(change(code, 1, "nameEn", "Second change"), TestTokens.operator(), 409))
                .contains("نوع درخواست در این فاصله تغییر کرده است", code);
        assertThat(types.current(code).orElseThrow().nameEn()).isEqualTo("First change");
    }

    @Test
    void onlyOperatorsChangeTypesAdministratorsReadAndWithoutATokenThePagesAreRefused() throws Exception {
        String code = newCode();
        redirect(create(code, "گواهی دسترسی"), TestTokens.operator());

        mvc.perform(get("/operator/request-types")).andExpect(status().isUnauthorized());
        mvc.perform(get("/operator/request-types/" + code)).andExpect(status().isUnauthorized());
        mvc.perform(get("/operator/request-types").header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden());
        mvc.perform(change(code, 1, "nameEn", "By staff")
                .header("Authorization", "Bearer " + TestTokens.staff("ut"))).andExpect(status().isForbidden());
        mvc.perform(create(newCode(), "نوع کارشناس دانشگاه")
                .header("Authorization", "Bearer " + TestTokens.staff("ut"))).andExpect(status().isForbidden());
        assertThat(page(get("/operator/request-types/" + code), TestTokens.admin(), 200))
                .contains("گواهی دسترسی").doesNotContain("name=\"fieldsJson\"");
        mvc.perform(change(code, 1, "nameEn", "By admin")
                .header("Authorization", "Bearer " + TestTokens.admin())).andExpect(status().isForbidden());

        MvcResult denied = mvc.perform(get("/operator/request-types/" + code).accept(MediaType.TEXT_HTML)
                .header("Authorization", "Bearer " + TestTokens.staff("ut"))).andReturn();
        assertThat(denied.getResponse().getStatus()).isEqualTo(403);
        assertThat(denied.getResponse().getContentType()).startsWith("text/html");
        assertThat(denied.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("a browser is shown a page")
                .contains("dir=\"rtl\"", "/assets/sehat.css", "role=\"alert\"", "دسترسی ندارید", "staff.ut")
                .doesNotContain("گواهی دسترسی");
        mvc.perform(get("/api/v1/request-types/" + code + "/versions").accept(MediaType.TEXT_HTML)
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(types.current(code).orElseThrow().version()).isEqualTo(1);
        assertThat(page(get("/operator/request-types/NO_SUCH_TYPE"), TestTokens.operator(), 404))
                .contains("role=\"alert\"", "NO_SUCH_TYPE");
    }

    @Test
    void hostileTextInAStoredTypeIsShownAsTextNeverAsMarkup() throws Exception {
        String code = newCode();
        redirect(create(code, "<script>alert(1)</script>").param("nameEn", "\"><img src=x onerror=alert(2)>"),
                TestTokens.operator());

        for (String shown : new String[]{page(get("/operator/request-types"), TestTokens.operator(), 200),
                page(get("/operator/request-types/" + code), TestTokens.operator(), 200)}) {
            assertThat(shown).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert(1)", "<img src=x");
        }
    }

    private static MockHttpServletRequestBuilder create(String code, String nameFa) {
        return post("/operator/request-types").param("code", code).param("nameFa", nameFa)
                .param("nameEn", "Trial page certificate").param("targetTime", "P7D").param("codeValidityDays", "۳۶۵")
                .param("maxExtensionDays", "30").param("fieldsJson", HOLDER_FIELDS);
    }

    /** The form of version {@code basedOn} as sent unchanged, but for {@code changes} (name, value, name, value...). */
    private MockHttpServletRequestBuilder change(String code, int basedOn, String... changes) {
        RequestType type = types.current(code).orElseThrow();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameFa", type.nameFa());
        form.put("nameEn", type.nameEn());
        form.put("targetTime", "P7D");
        form.put("codeValidityDays", "365");
        form.put("maxExtensionDays", "30");
        form.put("fieldsJson", HOLDER_FIELDS);
        form.put("basedOn", String.valueOf(basedOn));
        for (int i = 0; i + 1 < changes.length; i += 2) {
            form.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/operator/request-types/" + code);
        form.forEach(request::param);
        return request;
    }

    private String page(MockHttpServletRequestBuilder request, String token, int expected) throws Exception {
        return new PageCalls(mvc).page(request, token, expected);
    }

    private String redirect(MockHttpServletRequestBuilder request, String token) throws Exception {
        return new PageCalls(mvc).redirect(request, token);
    }

    private static String newCode() {
        return "PAGE_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
    }
}
