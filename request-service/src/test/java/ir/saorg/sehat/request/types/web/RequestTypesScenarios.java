package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.platform.text.JalaliDates;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operators define request types through the API, with every version kept; anyone reads the guides and their
 * templates; a request keeps the version it was submitted under, and a type's call windows hold at submission.
 */
@AutoConfigureMockMvc
abstract class RequestTypesScenarios {

    static final String OPERATOR = "Bearer " + TestTokens.operator();
    static final String STAFF = "Bearer " + TestTokens.staff("ut");
    static final JsonMapper JSON = new JsonMapper();

    @Autowired
    MockMvc mvc;

    /** A code of its own for each test, so that tests never change each other's types. */
    static String newCode() {
        return "TRIAL_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36)
                .toUpperCase();
    }

    static ObjectNode definition(String code) {
        ObjectNode type = JSON.createObjectNode();
        type.put("code", code).put("nameFa", "گواهی آزمایشی").put("nameEn", "Trial certificate")
                .put("targetTime", "P7D").put("reviewRequired", false).put("codeValidityDays", 365)
                .put("maxExtensionDays", 30);
        ArrayNode fields = type.putArray("fields");
        fields.addObject().put("name", "nationalId").put("labelFa", "کد ملی").put("labelEn", "National ID")
                .put("kind", "NATIONAL_ID").put("required", true);
        fields.addObject().put("name", "studentNumber").put("labelFa", "شماره دانشجویی")
                .put("labelEn", "Student number").put("kind", "DIGITS").put("required", true);
        fields.addObject().put("name", "fullName").put("labelFa", "نام و نام خانوادگی").put("labelEn", "Full name")
                .put("kind", "PERSIAN_TEXT").put("required", true);
        return type;
    }

    String create(ObjectNode definition) throws Exception {
        mvc.perform(post("/api/v1/request-types").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(definition.toString()))
                .andExpect(status().isCreated());
        return definition.get("code").asString();
    }

    MvcResult change(String code, String ifMatch, JsonNode definition) throws Exception {
        var request = put("/api/v1/request-types/" + code).header("Authorization", OPERATOR)
                .contentType(MediaType.APPLICATION_JSON).content(definition.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }

    JsonNode guide(String code) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/request-types/" + code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    MvcResult submit(String code, String fieldsJson) throws Exception {
        return mvc.perform(post("/api/v1/requests").header("Authorization", STAFF)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"" + code + "\", \"fields\": " + fieldsJson + "}")).andReturn();
    }

    static String holder() {
        return "{\"nationalId\": \"" + TestStudents.nationalId() + "\", \"studentNumber\": \"4011234567\", "
                + "\"fullName\": \"زهرا احمدی\"}";
    }

    // --- reading guides ---------------------------------------------------------------------------------------------

    @Test
    void publishesEveryTypeAndEachWithItsFieldsAndItsVersionAsETag() throws Exception {
        mvc.perform(get("/api/v1/request-types"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$[*].code", hasItems("ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION",
                        "PROVISIONAL_GRADUATION_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION")));
        JsonNode enrolment = guide("ENROLMENT_CERTIFICATE");
        mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE"))
                .andExpect(header().string("ETag", "\"" + enrolment.get("version").asInt() + "\""))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(jsonPath("$.fields[*].name", hasItems("nationalId", "studentNumber", "fullName")))
                .andExpect(jsonPath("$.targetTime").value("PT48H"));
    }

    @Test
    void answersNotModifiedWhileTheGuideIsUnchanged() throws Exception {
        String tag = mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE")).andReturn().getResponse()
                .getHeader("ETag");
        mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE").header("If-None-Match", tag))
                .andExpect(status().isNotModified());
        String listTag = mvc.perform(get("/api/v1/request-types")).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/request-types").header("If-None-Match", listTag))
                .andExpect(status().isNotModified());
    }

    @Test
    void givesTheListANewETagWhenATypeIsAdded() throws Exception {
        String before = mvc.perform(get("/api/v1/request-types")).andReturn().getResponse().getHeader("ETag");
        create(definition(newCode()));
        mvc.perform(get("/api/v1/request-types")).andExpect(header().string("ETag",
                org.hamcrest.Matchers.not(before)));
    }

    // --- defining types ---------------------------------------------------------------------------------------------

    @Test
    void anOperatorCreatesATypeAsVersionOne() throws Exception {
        String code = newCode();
        mvc.perform(post("/api/v1/request-types").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(definition(code).toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/request-types/" + code))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.targetTime").value("PT168H"))
                .andExpect(jsonPath("$.fields[0].maxLength").value(10));

        assertThat(guide(code).get("nameFa").asString()).isEqualTo("گواهی آزمایشی");
        mvc.perform(get("/api/v1/request-types/" + code + "/versions").header("Authorization", OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].savedBy").value("operator"))
                .andExpect(jsonPath("$[0].href").value("/api/v1/request-types/" + code + "/versions/1"));
        mvc.perform(get("/api/v1/request-types")).andExpect(jsonPath("$[*].code", hasItem(code)));
    }

    @Test
    void refusesToCreateATypeWhoseCodeExists() throws Exception {
        String code = create(definition(newCode()));
        mvc.perform(post("/api/v1/request-types").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(definition(code).toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/request-type-exists"));
        mvc.perform(post("/api/v1/request-types").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(definition("ENROLMENT_CERTIFICATE").toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyOperatorsDefineTypesAndReadTheirHistory() throws Exception {
        String body = definition(newCode()).toString();
        mvc.perform(post("/api/v1/request-types").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/request-types").header("Authorization", STAFF)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/request-types").header("Authorization", "Bearer " + TestTokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/request-types/ENROLMENT_CERTIFICATE").header("Authorization", STAFF)
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE/versions").header("Authorization", STAFF))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE/versions/1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE/template.csv")).andExpect(status().isOk());
    }

    @Test
    void listsEveryProblemOfADefinitionInTheClientsLanguage() throws Exception {
        ObjectNode broken = definition("trial type");
        broken.put("targetTime", "a week").put("codeValidityDays", 0).remove("nameEn");
        ((ArrayNode) broken.get("fields")).addObject().put("name", "level").put("labelFa", "سطح")
                .put("labelEn", "Level").put("kind", "CHOICE");
        ((ArrayNode) broken.get("fields")).addObject().put("name", "postalCode").put("labelFa", "کد پستی")
                .put("labelEn", "Postal code").put("kind", "DIGITS").put("pattern", "[0-9");
        ((ObjectNode) broken.get("fields").get(2)).put("kind", "TEXT");
        broken.putArray("callWindows").addObject().put("opensAt", "2025-02-01T00:00:00Z")
                .put("closesAt", "2025-01-01T00:00:00Z");

        mvc.perform(post("/api/v1/request-types").header("Authorization", OPERATOR).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(broken.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-request-type"))
                .andExpect(jsonPath("$.title").value("Invalid request type definition"))
                .andExpect(jsonPath("$.errors.length()").value(8))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message",
                        hasItem(containsString("capital Latin letter"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message", hasItem("nameEn is required.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'fields[3].choices')].message",
                        hasItem(containsString("at least one choice"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'fields[4].pattern')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'fields[2]')].message",
                        hasItem(containsString("PERSIAN_TEXT"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'targetTime')].message", hasItem(containsString("P7D"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'codeValidityDays')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'callWindows[0]')]").exists());

        mvc.perform(post("/api/v1/request-types").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(broken.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("تعریف نوع درخواست نادرست است"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message", hasItem("nameEn لازم است.")));
    }

    @Test
    void refusesAChangeThatDoesNotNameTheVersionItWasMadeFrom() throws Exception {
        String code = create(definition(newCode()));
        ObjectNode changed = definition(code).put("nameEn", "Changed");

        MvcResult missing = change(code, null, changed);
        assertThat(missing.getResponse().getStatus()).isEqualTo(428);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("request-type-version-required");
        assertThat(change(code, "*", changed).getResponse().getStatus()).isEqualTo(428);

        MvcResult stale = change(code, "\"7\"", changed);
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(stale.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(JSON.readTree(stale.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("currentVersion").asInt()).isEqualTo(1);
        assertThat(guide(code).get("nameEn").asString()).isEqualTo("Trial certificate");
    }

    @Test
    void twoOperatorsChangingTheSameVersionCannotOverwriteEachOther() throws Exception {
        String code = create(definition(newCode()));

        MvcResult first = change(code, "\"1\"", definition(code).put("nameEn", "First operator's name"));
        MvcResult second = change(code, "\"1\"", definition(code).put("nameEn", "Second operator's name"));

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(first.getResponse().getHeader("Content-Location"))
                .isEqualTo("/api/v1/request-types/" + code + "/versions/2");
        assertThat(second.getResponse().getStatus()).isEqualTo(412);
        assertThat(guide(code).get("nameEn").asString()).isEqualTo("First operator's name");
        assertThat(guide(code).get("version").asInt()).isEqualTo(2);

        MvcResult retried = change(code, "\"2\"", definition(code).put("nameEn", "Second operator's name"));
        assertThat(retried.getResponse().getStatus()).isEqualTo(200);
        assertThat(guide(code).get("version").asInt()).isEqualTo(3);
        mvc.perform(get("/api/v1/request-types/" + code + "/versions").header("Authorization", OPERATOR))
                .andExpect(jsonPath("$[*].version", org.hamcrest.Matchers.contains(3, 2, 1)));
        mvc.perform(get("/api/v1/request-types/" + code + "/versions/2").header("Authorization", OPERATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.nameEn").value("First operator's name"));
        mvc.perform(get("/api/v1/request-types/" + code + "/versions/9").header("Authorization", OPERATOR))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/request-type-version-not-found"));
    }

    @Test
    void aGuideReadCanBeSentBackAsItIs() throws Exception {
        String code = create(definition(newCode()));
        JsonNode read = guide(code);

        MvcResult unchanged = change(code, "\"1\"", read);
        assertThat(unchanged.getResponse().getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(unchanged.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .isEqualTo(read);
        assertThat(guide(code).get("version").asInt()).as("no change, no new version").isEqualTo(1);

        ObjectNode edited = (ObjectNode) read.deepCopy();
        edited.put("targetTime", "PT72H");
        MvcResult changed = change(code, "\"1\"", edited);
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(guide(code).get("targetTime").asString()).isEqualTo("PT72H");
        assertThat(guide(code).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aRequestKeepsTheGuideVersionItWasSubmittedUnder() throws Exception {
        String code = create(definition(newCode()));
        String firstId = JSON.readTree(submit(code, holder()).getResponse().getContentAsString()).get("id")
                .asString();

        ObjectNode changed = definition(code).put("codeValidityDays", 30);
        ((ArrayNode) changed.get("fields")).addObject().put("name", "note").put("labelFa", "یادداشت")
                .put("labelEn", "Note").put("kind", "TEXT").put("required", true);
        assertThat(change(code, "\"1\"", changed).getResponse().getStatus()).isEqualTo(200);

        mvc.perform(get("/api/v1/requests/" + firstId).header("Authorization", STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.typeVersion").value(1));
        mvc.perform(get("/api/v1/request-types/" + code + "/versions/1").header("Authorization", OPERATOR))
                .andExpect(jsonPath("$.codeValidityDays").value(365))
                .andExpect(jsonPath("$.fields.length()").value(3));

        MvcResult withoutNote = submit(code, holder());
        assertThat(withoutNote.getResponse().getStatus()).as("the new version's required field").isEqualTo(422);
        String noteFields = holder().replace("}", ", \"note\": \"برای آزمون\"}");
        MvcResult secondResult = submit(code, noteFields);
        assertThat(secondResult.getResponse().getStatus()).isEqualTo(202);
        String secondId = JSON.readTree(secondResult.getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get("/api/v1/requests/" + secondId).header("Authorization", STAFF))
                .andExpect(jsonPath("$.typeVersion").value(2));
    }

    // --- call windows -----------------------------------------------------------------------------------------------

    @Test
    void refusesASubmissionBeforeTheCallOpensAndNamesTheDates() throws Exception {
        Instant opens = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofDays(20));
        ObjectNode definition = definition(newCode());
        definition.putArray("callWindows").addObject().put("opensAt", opens.toString())
                .put("closesAt", closes.toString());
        String code = create(definition);

        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"" + code + "\", \"fields\": " + holder() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/call-not-open"))
                .andExpect(jsonPath("$.opensAt").value(opens.toString()))
                .andExpect(jsonPath("$.closesAt").value(closes.toString()))
                .andExpect(jsonPath("$.detail", containsString(JalaliDates.persian(opens))))
                .andExpect(jsonPath("$.detail", containsString(JalaliDates.persian(closes))));
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"" + code + "\", \"fields\": " + holder() + "}"))
                .andExpect(jsonPath("$.detail", containsString(JalaliDates.english(opens))));
    }

    @Test
    void refusesASubmissionAfterTheCallEndedAndAcceptsOneOnceAnOperatorOpensANewCall() throws Exception {
        Instant closed = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode definition = definition(newCode());
        ArrayNode windows = definition.putArray("callWindows");
        windows.addObject().put("opensAt", closed.minus(Duration.ofDays(30)).toString())
                .put("closesAt", closed.toString());
        String code = create(definition);

        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"" + code + "\", \"fields\": " + holder() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/call-ended"))
                .andExpect(jsonPath("$.closedAt").value(closed.toString()))
                .andExpect(jsonPath("$.detail", containsString(JalaliDates.persian(closed))));

        windows.addObject().put("opensAt", Instant.now().minus(Duration.ofHours(1)).toString())
                .put("closesAt", Instant.now().plus(Duration.ofDays(7)).toString());
        assertThat(change(code, "\"1\"", definition).getResponse().getStatus()).isEqualTo(200);

        assertThat(submit(code, holder()).getResponse().getStatus()).isEqualTo(202);
    }

    @Test
    void aTypeWhoseCodesEndWithItsCallRemembersWhenTheCallOfEachRequestCloses() throws Exception {
        Instant closes = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode definition = definition(newCode());
        definition.put("codesExpireWithCall", true);
        definition.putArray("callWindows").addObject().put("opensAt", Instant.now().minus(Duration.ofDays(1)).toString())
                .put("closesAt", closes.toString());
        String code = create(definition);

        mvc.perform(get("/api/v1/request-types/" + code)).andExpect(jsonPath("$.codesExpireWithCall").value(true));
        MvcResult submitted = submit(code, holder());
        assertThat(submitted.getResponse().getStatus()).isEqualTo(202);
        mvc.perform(get(submitted.getResponse().getHeader("Location")).header("Authorization", STAFF))
                .andExpect(jsonPath("$.callClosesAt").value(closes.toString()));
    }

    // --- templates --------------------------------------------------------------------------------------------------

    @Test
    void offersEachGuideAsACsvTemplateWithoutALogin() throws Exception {
        MvcResult csv = mvc.perform(get("/api/v1/request-types/EDUCATIONAL_CONFIRMATION/template.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("EDUCATIONAL_CONFIRMATION-v")))
                .andExpect(header().exists("ETag"))
                .andReturn();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnationalId,studentNumber,fullName,degree,graduationDate\r\n");
    }

    @Test
    void offersEachGuideAsAnXlsxTemplateWithoutALogin() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/request-types/FOREIGN_DEGREE_EVALUATION/template.xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(RequestTypesController.XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = new ArrayList<String>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(new DataFormatter().formatCellValue(cell)));
            assertThat(header).containsExactly("nationalId", "studentNumber", "fullName", "degree", "country",
                    "foreignUniversity");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("راهنما");
        }
        mvc.perform(get("/api/v1/request-types/NOPE/template.xlsx")).andExpect(status().isNotFound());
    }

    // --- a client that knows nothing but the JSON -------------------------------------------------------------------

    @Test
    void aClientThatReadsOnlyTheJsonGuideBuildsAnAcceptedRequestOfEverySeedType() throws Exception {
        JsonNode all = JSON.readTree(mvc.perform(get("/api/v1/request-types")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var codes = new ArrayList<String>();
        all.forEach(type -> codes.add(type.get("code").asString()));
        assertThat(codes).contains("ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION",
                "PROVISIONAL_GRADUATION_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION");

        for (String code : List.of("ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION",
                "PROVISIONAL_GRADUATION_CERTIFICATE", "FOREIGN_DEGREE_EVALUATION")) {
            ObjectNode fields = JsonOnlyClient.fill(guide(code));
            MvcResult result = submit(code, fields.toString());
            assertThat(result.getResponse().getStatus()).as(code + " " + fields + " → "
                    + result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(202);
        }
    }

    @Test
    void aClientThatReadsOnlyTheJsonGuideBuildsAnAcceptedRequestOfATypeWithEveryKindAndPatterns() throws Exception {
        ObjectNode definition = definition(newCode());
        ArrayNode fields = (ArrayNode) definition.get("fields");
        fields.addObject().put("name", "postalCode").put("labelFa", "کد پستی").put("labelEn", "Postal code")
                .put("kind", "DIGITS").put("required", true).put("maxLength", 10).put("pattern", "[1-9][0-9]{9}");
        fields.addObject().put("name", "city").put("labelFa", "شهر").put("labelEn", "City")
                .put("kind", "PERSIAN_TEXT").put("required", false);
        fields.addObject().put("name", "passport").put("labelFa", "گذرنامه").put("labelEn", "Passport")
                .put("kind", "TEXT").put("required", true).put("pattern", "[A-Z][0-9]{8}");
        fields.addObject().put("name", "enteredOn").put("labelFa", "تاریخ ورود").put("labelEn", "Entered on")
                .put("kind", "JALALI_DATE").put("required", true);
        ObjectNode level = fields.addObject().put("name", "level").put("labelFa", "مقطع").put("labelEn", "Level")
                .put("kind", "CHOICE").put("required", true);
        level.putArray("choices").addObject().put("value", "PHD").put("labelFa", "دکتری").put("labelEn", "PhD");
        String code = create(definition);

        ObjectNode filled = JsonOnlyClient.fill(guide(code));
        MvcResult result = submit(code, filled.toString());

        assertThat(result.getResponse().getStatus()).as(filled + " → "
                + result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(202);
    }
}
