package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.platform.testing.MutableClock;

import ir.saorg.sehat.payment.tariff.SeedingTariffTables;
import ir.saorg.sehat.payment.tariff.TariffFileRules;
import ir.saorg.sehat.payment.tariff.config.ConfiguredTariffs;
import ir.saorg.sehat.payment.tariff.config.TariffConfiguration;
import ir.saorg.sehat.payment.tariff.persistence.MongoTariffTables;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.platform.web.JsonBodyLimit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;

import static ir.saorg.sehat.payment.tariff.TariffFixtures.IN_1405;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.utf8;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.windows1256;
import ir.saorg.sehat.platform.security.SehatSecurityConfiguration;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.platform.testing.InMemoryMongoBeans;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tariff API through MockMvc: the controller, the tariff wiring, the platform's problem details and body limit,
 * on an in-process MongoDB-wire-protocol server; no Kafka.
 */
@WebMvcTest(controllers = TariffTablesController.class)
@Import({TariffConfiguration.class, TariffTablesControllerTest.Beans.class, InMemoryMongoBeans.class,
        SehatSecurityConfiguration.class,
        TestTokens.TrustTestTokens.class, TariffAccess.class})
@TestPropertySource(properties = {
        "sehat.payment.tariffs.1405.FOREIGN_DEGREE_EVALUATION=2500000",
        "sehat.payment.tariffs.1405.EDUCATIONAL_CONFIRMATION=0"})
class TariffTablesControllerTest {

    private static final String PROBLEMS = "https://sehat.saorg.ir/problems/";

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        Clock clock() {
            return new MutableClock(IN_1405);
        }

        /** As the platform's auto-configuration builds it. */
        @Bean
        MessageSource problemMessages() {
            return ProblemDetailsAdvice.messages();
        }

        @Bean
        ProblemDetailsAdvice problemDetailsAdvice(@Qualifier("problemMessages") MessageSource problemMessages) {
            return new ProblemDetailsAdvice(problemMessages);
        }

        @Bean
        JsonBodyLimit jsonBodyLimit() {
            return new JsonBodyLimit(1024 * 1024);
        }

        @Bean
        WebMvcConfigurer jsonBodyLimitInterceptor(JsonBodyLimit limit) {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(limit);
                }
            };
        }
    }

    @Autowired
    WebApplicationContext context;
    /** Every request carries an operator's token; {@link #anyone} carries what each test gives it. */
    MockMvc mvc;
    MockMvc anyone;

    @BeforeEach
    void operatorsMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.operator())).build();
        anyone = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoTariffTables tables;
    @Autowired
    TariffFileRules rules;
    @Autowired
    ConfiguredTariffs configured;

    /** Every test starts from the configured 1405 table as version 1, as after a fresh start. */
    @BeforeEach
    void freshStore() {
        mongo.dropCollection(MongoTariffTables.COLLECTION);
        tables.ensureIndexes();
        new SeedingTariffTables(tables, rules, new MutableClock(IN_1405)).seed(configured.tariffs());
    }

    @Test
    void onlyAnOperatorsValidTokenMayUploadAndAnyoneMayRead() throws Exception {
        String csv = "requestType,amountRials\nFOREIGN_DEGREE_EVALUATION,3000000\n";
        anyone.perform(csvUpload("1405", csv))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unauthenticated"))
                .andExpect(jsonPath("$.title").value("ورود لازم است"));
        anyone.perform(csvUpload("1405", csv).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.staff("ut"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"));
        for (String bad : new String[] {TestTokens.forgedOperator(), TestTokens.expiredOperator(),
                TestTokens.operatorOfAnotherIssuer(), "not-a-jwt"}) {
            anyone.perform(csvUpload("1405", csv).header(HttpHeaders.AUTHORIZATION, "Bearer " + bad))
                    .andExpect(status().isUnauthorized());
        }
        anyone.perform(get("/api/v1/tariffs/1405")).andExpect(status().isOk());

        assertThat(tables.historyOf(1405).versions()).as("nothing was uploaded").hasSize(1);
    }

    @Test
    void theConfiguredTableIsVersion1CoveringTheWholeYear() throws Exception {
        mvc.perform(get("/api/v1/tariffs/1405"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(1405))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.effectiveFrom").value("1970-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.uploadedBy").value("configuration"))
                .andExpect(jsonPath("$.format").value("CONFIGURATION"))
                .andExpect(jsonPath("$.rows[?(@.requestType == 'FOREIGN_DEGREE_EVALUATION')].amountRials")
                        .value(hasItem(2_500_000)));
    }

    @Test
    void aCsvUploadBecomesTheNextVersionAnd201ShowsItWithItsChange() throws Exception {
        mvc.perform(csvUpload("1405", """
                        requestType,amountRials,note
                        FOREIGN_DEGREE_EVALUATION,3000000,افزایش مصوب
                        EDUCATIONAL_CONFIRMATION,0,
                        ENROLMENT_CERTIFICATE,۱۲۰۰۰۰۰,
                        """))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/tariffs/1405"))
                .andExpect(jsonPath("$.fiscalYear").value(1405))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.effectiveFrom").value("2026-11-24T08:00:00Z"))
                .andExpect(jsonPath("$.uploadedBy").value("operator"))
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.rows", hasSize(3)))
                .andExpect(jsonPath("$.change.added[0].requestType").value("ENROLMENT_CERTIFICATE"))
                .andExpect(jsonPath("$.change.added[0].amountRials").value(1_200_000))
                .andExpect(jsonPath("$.change.removed", hasSize(0)))
                .andExpect(jsonPath("$.change.changed[0].requestType").value("FOREIGN_DEGREE_EVALUATION"))
                .andExpect(jsonPath("$.change.changed[0].oldAmountRials").value(2_500_000))
                .andExpect(jsonPath("$.change.changed[0].newAmountRials").value(3_000_000))
                .andExpect(jsonPath("$.change.changed[0].newNote").value("افزایش مصوب"));
    }

    @Test
    void anUploadIdenticalToTheCurrentVersionAnswers200AndStoresNothing() throws Exception {
        mvc.perform(put("/api/v1/tariffs/1405").contentType(MediaType.APPLICATION_JSON).content("""
                        {"tariffs": [{"requestType": "EDUCATIONAL_CONFIRMATION", "amountRials": 0},
                                     {"requestType": "FOREIGN_DEGREE_EVALUATION", "amountRials": 2500000}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));

        assertThat(tables.historyOf(1405).versions()).hasSize(1);
    }

    @Test
    void aJsonBodyIsReadAsJson() throws Exception {
        mvc.perform(put("/api/v1/tariffs/1405").contentType(MediaType.APPLICATION_JSON).content("""
                        {"fiscalYear": 1405, "tariffs": [
                          {"requestType": "FOREIGN_DEGREE_EVALUATION", "amountRials": 2600000, "note": "تعدیل"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("JSON"))
                .andExpect(jsonPath("$.source").value("request body"))
                .andExpect(jsonPath("$.uploadedBy").value("operator"))
                .andExpect(jsonPath("$.change.removed[0].requestType").value("EDUCATIONAL_CONFIRMATION"));
    }

    @Test
    void aWindows1256FileInAMultipartPartKeepsItsPersianNote() throws Exception {
        byte[] ansi = windows1256("نوع درخواست;مبلغ (ریال);توضیح\r\n"
                + "ENROLMENT_CERTIFICATE;1500000;طبق بخشنامه شماره 12\r\n"
                + "FOREIGN_DEGREE_EVALUATION;2500000;\r\n");

        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/tariffs/1405")
                        .file(new MockMultipartFile("file", "تعرفه ۱۴۰۵.csv", "application/vnd.ms-excel", ansi)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("تعرفه ۱۴۰۵.csv"))
                .andExpect(jsonPath("$.rows[?(@.requestType == 'ENROLMENT_CERTIFICATE')].note")
                        .value(hasItem("طبق بخشنامه شماره 12")));
    }

    @Test
    void aMultipartRequestWithoutTheFilePartIsRefused() throws Exception {
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/tariffs/1405")
                        .file(new MockMultipartFile("table", "t.csv", "text/csv", utf8("x"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void aBadFileGetsEveryErrorWithItsRowInPersianAndChangesNothing() throws Exception {
        mvc.perform(csvUpload("1405", BAD_FILE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-tariff-file"))
                .andExpect(jsonPath("$.title").value("فایل تعرفه نادرست است"))
                .andExpect(jsonPath("$.detail").value("۳ خطا در فایل یافت شد؛ هیچ تغییری در جدول تعرفه‌ها داده نشد."))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("row 2/amountRials"))
                .andExpect(jsonPath("$.errors[0].message").value("ردیف ۲: مبلغ «-5» منفی است."))
                .andExpect(jsonPath("$.errors[1].field").value("row 3/requestType"))
                .andExpect(jsonPath("$.errors[1].message", containsString("«PASSPORT» شناخته نیست")))
                .andExpect(jsonPath("$.errors[2].field").value("row 5/requestType"))
                .andExpect(jsonPath("$.errors[2].message",
                        containsString("پیش‌تر در ردیف ۲ آمده است")));

        assertThat(tables.historyOf(1405).versions()).hasSize(1);
        assertThat(tables.historyOf(1405).current().orElseThrow().rowOf("ENROLMENT_CERTIFICATE")).isEmpty();
    }

    @Test
    void aBadFileGetsItsErrorsInEnglishWhenAskedTo() throws Exception {
        mvc.perform(csvUpload("1405", BAD_FILE).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Invalid tariff file"))
                .andExpect(jsonPath("$.detail").value("3 error(s) found in the file; the tariff tables were not changed."))
                .andExpect(jsonPath("$.errors[0].message").value("Row 2: the amount \"-5\" is negative."))
                .andExpect(jsonPath("$.errors[1].message", containsString("Row 3: unknown request type \"PASSPORT\"")))
                .andExpect(jsonPath("$.errors[2].message").value(
                        "Row 5: the request type ENROLMENT_CERTIFICATE already appears in row 2; each type has one row."));
    }

    private static final String BAD_FILE = """
            requestType,amountRials
            ENROLMENT_CERTIFICATE,-5
            PASSPORT,1000

            enrolment_certificate,1000
            """;

    @Test
    void aMalformedOrClosedFiscalYearIsA400InEitherLanguage() throws Exception {
        String table = "requestType,amountRials\nENROLMENT_CERTIFICATE,1\n";
        mvc.perform(csvUpload("1407", table))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tariff-fiscal-year-malformed"))
                .andExpect(jsonPath("$.title").value("سال مالی نامعتبر است"))
                .andExpect(jsonPath("$.detail", containsString("«1407» سال مالی معتبری نیست")))
                .andExpect(jsonPath("$.detail", containsString("1390 تا 1406")));
        mvc.perform(csvUpload("14o5", table).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid fiscal year"))
                .andExpect(jsonPath("$.detail").value("\"14o5\" is not a fiscal year: write a four-digit Jalali year "
                        + "such as 1405. Tables can be uploaded for 1390 to 1406."));
        mvc.perform(get("/api/v1/tariffs/{year}", "98")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tariffs/{year}/history", "1405x")).andExpect(status().isBadRequest());

        assertThat(tables.currentOfEveryYear()).hasSize(1);
    }

    @Test
    void aYearInPersianDigitsIsThatYear() throws Exception {
        mvc.perform(csvUpload("۱۴۰۵", "requestType,amountRials\nENROLMENT_CERTIFICATE,1\n"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fiscalYear").value(1405));
        mvc.perform(get("/api/v1/tariffs/{year}", "١٤٠٥")).andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void showsEveryYearsCurrentTableAndAYearsHistoryNewestFirst() throws Exception {
        mvc.perform(csvUpload("1405", "requestType,amountRials\nFOREIGN_DEGREE_EVALUATION,2700000\n"))
                .andExpect(status().isCreated());
        mvc.perform(csvUpload("1406", "requestType,amountRials\nFOREIGN_DEGREE_EVALUATION,3000000\n"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/tariffs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].fiscalYear").value(1405))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].rows[0].amountRials").value(2_700_000))
                .andExpect(jsonPath("$[1].fiscalYear").value(1406))
                .andExpect(jsonPath("$[1].version").value(1));
        mvc.perform(get("/api/v1/tariffs/1405/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version").value(org.hamcrest.Matchers.contains(2, 1)))
                .andExpect(jsonPath("$[0].change.changed[0].oldAmountRials").value(2_500_000))
                .andExpect(jsonPath("$[0].change.removed[0].requestType").value("EDUCATIONAL_CONFIRMATION"))
                .andExpect(jsonPath("$[1].change.added", hasSize(2)));
    }

    @Test
    void aYearWithoutATableIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/tariffs/1399"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tariff-table-not-found"))
                .andExpect(jsonPath("$.title").value("جدول تعرفه یافت نشد"))
                .andExpect(jsonPath("$.detail", containsString("1399")));
        mvc.perform(get("/api/v1/tariffs/1399/history").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Tariff table not found"));
        mvc.perform(get("/api/v1/tariffs/1399.csv")).andExpect(status().isNotFound());
    }

    @Test
    void downloadsTheCurrentTableAsCsvThatExcelReadsAndCannotTakeForFormulas() throws Exception {
        mvc.perform(csvUpload("1405", "requestType,amountRials,note\n"
                        + "FOREIGN_DEGREE_EVALUATION,2500000,\"=HYPERLINK(\"\"http://evil\"\")\"\n"
                        + "ENROLMENT_CERTIFICATE,0,رایگان\n"))
                .andExpect(status().isCreated());

        byte[] csv = mvc.perform(get("/api/v1/tariffs/1405.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("attachment; filename=\"tariffs-1405-v2.csv\"")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).substring(1)).isEqualTo("requestType,amountRials,note\r\n"
                + "FOREIGN_DEGREE_EVALUATION,2500000,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"
                + "ENROLMENT_CERTIFICATE,0,رایگان\r\n");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedWithoutBeingStored() throws Exception {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');

        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/tariffs/1405")
                        .file(new MockMultipartFile("file", "huge.csv", "text/csv", huge)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "tariff-file-too-large"))
                .andExpect(jsonPath("$.maxBytes").value(1024 * 1024));
        mvc.perform(put("/api/v1/tariffs/1405").contentType("text/csv").content(huge))
                .andExpect(status().isPayloadTooLarge());

        assertThat(tables.historyOf(1405).versions()).hasSize(1);
    }

    @Test
    void anEmptyBodyIsAnEmptyFile() throws Exception {
        mvc.perform(put("/api/v1/tariffs/1405").contentType("text/csv"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("فایل خالی است."));
    }

    @Test
    void aFileSentAsAFormIsToldToSayWhatItIs() throws Exception {
        mvc.perform(put("/api/v1/tariffs/1405").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .content(utf8("requestType,amountRials\nENROLMENT_CERTIFICATE,1\n")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("Content-Type: text/csv")));

        assertThat(tables.historyOf(1405).versions()).hasSize(1);
    }

    private static MockHttpServletRequestBuilder csvUpload(String year, String csv) {
        return put("/api/v1/tariffs/{year}", year).contentType("text/csv").content(utf8(csv));
    }
}
