package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.payment.tariff.TariffTable;
import ir.saorg.sehat.payment.tariff.TariffTables;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's tariff pages, as the gateway reaches them with the relayed token: the years and a year's table in
 * rials with its history, an upload through the same use case as the API, a file with errors refused with every
 * error and its row and nothing stored, only operators upload (administrators read), and hostile text shown as text.
 * Each test uploads to a fiscal year of its own.
 */
@AutoConfigureMockMvc
abstract class TariffPagesScenarios {

    @Autowired
    MockMvc mvc;
    @Autowired
    TariffTables tables;

    @Test
    void theYearsAndTheShippedTableAreShownInRialsWithItsHistoryAndItsCsv() throws Exception {
        assertThat(page(get("/operator/tariffs"), TestTokens.operator(), 200))
                .contains("dir=\"rtl\"", "/operator/tariffs/1405", "۱۴۰۵", "configuration");

        String year = page(get("/operator/tariffs/1405"), TestTokens.operator(), 200);
        assertThat(year).contains("FOREIGN_DEGREE_EVALUATION", "۲۵٬۰۰۰٬۰۰۰ ریال", "/api/v1/tariffs/1405.csv",
                "enctype=\"multipart/form-data\"", "name=\"file\"", "تعرفه‌های سال مالی ۱۴۰۵");
        assertThat(page(get("/operator/tariffs/1405").param("lang", "en"), TestTokens.operator(), 200))
                .contains("dir=\"ltr\"", "25,000,000 rials", "Tariffs of fiscal year 1405");
        assertThat(page(get("/operator/tariffs/year").param("year", "۱۴۰۵"), TestTokens.operator(), 302)).isEmpty();
    }

    @Test
    void anUploadedTableBecomesTheNextVersionShownWithWhoUploadedIt() throws Exception {
        assertThat(page(get("/operator/tariffs/1401"), TestTokens.operator(), 200))
                .contains("برای این سال جدول تعرفه‌ای نیست", "name=\"file\"");

        assertThat(redirect(upload("1401", "t1401.csv", """
                requestType,amountRials,note
                ENROLMENT_CERTIFICATE,1500000,نخست
                FOREIGN_DEGREE_EVALUATION,0,
                """))).isEqualTo("/operator/tariffs/1401?uploaded=1");
        assertThat(redirect(upload("1401", "t1401-b.csv", """
                requestType,amountRials,note
                ENROLMENT_CERTIFICATE,2000000,دوم
                """))).isEqualTo("/operator/tariffs/1401?uploaded=2");

        TariffTable current = tables.historyOf(1401).current().orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.uploadedBy()).isEqualTo("operator");
        assertThat(current.rowOf("ENROLMENT_CERTIFICATE").orElseThrow().amountRials()).isEqualTo(2_000_000);
        assertThat(page(get("/operator/tariffs/1401?uploaded=2"), TestTokens.operator(), 200))
                .contains("نسخهٔ ۲ ثبت شد", "۲٬۰۰۰٬۰۰۰ ریال", "دوم", "t1401-b.csv", "t1401.csv",
                        "<td class=\"ltr\">operator</td>", "/api/v1/tariffs/1401.csv")
                .doesNotContain("۱٬۵۰۰٬۰۰۰ ریال");
        assertThat(redirect(upload("1401", "again.csv", """
                requestType,amountRials,note
                ENROLMENT_CERTIFICATE,2000000,دوم
                """))).isEqualTo("/operator/tariffs/1401?unchanged=true");
        assertThat(tables.historyOf(1401).versions()).hasSize(2);
    }

    @Test
    void aFileWithErrorsIsRefusedWithEveryErrorAndItsRowAndNothingIsStored() throws Exception {
        String refused = page(upload("1402", "bad.csv", """
                requestType,amountRials,note
                ENROLMENT_CERTIFICATE,1500000,
                NO_SUCH_TYPE,abc,
                """), TestTokens.operator(), 422);

        assertThat(refused).contains("فایل تعرفه نادرست است", "role=\"alert\"", "aria-invalid=\"true\"")
                .containsPattern("ردیف (3|۳): نوع درخواست «NO_SUCH_TYPE» شناخته نیست")
                .containsPattern("ردیف (3|۳): مبلغ «abc» عدد نیست");
        assertThat(tables.historyOf(1402).isEmpty()).isTrue();

        assertThat(page(multipart("/operator/tariffs/1402"), TestTokens.operator(), 422))
                .contains("بخشی به نام file ندارد");
        assertThat(tables.historyOf(1402).isEmpty()).isTrue();
    }

    @Test
    void onlyOperatorsUploadAdministratorsReadAndWithoutATokenThePagesAreRefused() throws Exception {
        mvc.perform(get("/operator/tariffs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/operator/tariffs").header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden());
        mvc.perform(upload("1403", "t.csv", "requestType,amountRials\nENROLMENT_CERTIFICATE,1\n")
                .header("Authorization", "Bearer " + TestTokens.staff("ut"))).andExpect(status().isForbidden());
        mvc.perform(upload("1403", "t.csv", "requestType,amountRials\nENROLMENT_CERTIFICATE,1\n")
                .header("Authorization", "Bearer " + TestTokens.admin())).andExpect(status().isForbidden());
        assertThat(page(get("/operator/tariffs/1405"), TestTokens.admin(), 200))
                .contains("FOREIGN_DEGREE_EVALUATION").doesNotContain("name=\"file\"");
        assertThat(page(get("/operator/tariffs/1405").accept(MediaType.TEXT_HTML).param("lang", "en"),
                TestTokens.staff("ut"), 403)).as("a browser is shown a page in the layout")
                .contains("dir=\"ltr\"", "role=\"alert\"", "Not allowed").doesNotContain("FOREIGN_DEGREE_EVALUATION");
        assertThat(tables.historyOf(1403).isEmpty()).isTrue();
    }

    @Test
    void hostileTextInAnUploadedTableIsShownAsTextNeverAsMarkup() throws Exception {
        redirect(upload("1404", "\"><img src=x onerror=alert(2)>.csv", """
                requestType,amountRials,note
                ENROLMENT_CERTIFICATE,1000,<script>alert(1)</script>
                """));

        assertThat(page(get("/operator/tariffs/1404"), TestTokens.operator(), 200))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert(1)", "<img src=x");
        assertThat(page(upload("1404", "bad.csv", """
                requestType,amountRials
                <img src=y onerror=alert(3)>,1000
                """), TestTokens.operator(), 422)).as("an error naming what the file said")
                .contains("&lt;img src=y onerror=alert(3)&gt;").doesNotContain("<img src=y");
    }

    private MockMultipartHttpServletRequestBuilder upload(String year, String name, String csv) {
        return multipart("/operator/tariffs/" + year)
                .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, String token, int expected) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
        return body;
    }

    private String redirect(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + TestTokens.operator())).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }
}
