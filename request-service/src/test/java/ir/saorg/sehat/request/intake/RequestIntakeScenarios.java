package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input gets a clear problem document in the client's language, and nothing is written. */
@AutoConfigureMockMvc
abstract class RequestIntakeScenarios {

    static final String STAFF = "Bearer " + TestTokens.staff("ut");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void answersMalformedJsonWithAPersianProblemByDefault() throws Exception {
        long before = stored();
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON).content("{\"type\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/malformed-body"))
                .andExpect(jsonPath("$.title").value("بدنهٔ درخواست نامعتبر است"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void answersInEnglishWhenAskedTo() throws Exception {
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("[1, 2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request body"));
    }

    @Test
    void refusesAnUnknownTypeAndNamesTheKnownOnes() throws Exception {
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PASSPORT\", \"fields\": {}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("PASSPORT")))
                .andExpect(jsonPath("$.knownTypes", hasItem("ENROLMENT_CERTIFICATE")));
    }

    @Test
    void listsEveryBadFieldAtOnceAndStoresNothing() throws Exception {
        long before = stored();
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("""
                                {"type": "ENROLMENT_CERTIFICATE", "fields": {"nationalId": "0499370898",
                                 "fullName": "Zahra Ahmadi", "favouriteColour": "blue"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[?(@.field == 'nationalId')].message",
                        hasItem(containsString("check digit"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message", hasItem(containsString("Persian"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'studentNumber')].message",
                        hasItem(containsString("required"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'favouriteColour')]").exists());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesATenMegabyteBodyBeforeReadingIt() throws Exception {
        String huge = "ا".repeat(10 * 1024 * 1024 / 2);
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "ENROLMENT_CERTIFICATE", "fields": {"nationalId": "0499370899",
                         "studentNumber": "4011234567", "fullName": "%s"}}""".formatted(huge)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/payload-too-large"));
    }

    @Test
    void refusesAFieldLongerThanItsGuideAllows() throws Exception {
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "ENROLMENT_CERTIFICATE", "fields": {"nationalId": "0499370899",
                         "studentNumber": "4011234567", "fullName": "%s"}}""".formatted("ا".repeat(201))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"));
    }

    @Test
    void answersAnUnknownRequestWith404AndAMalformedIdWith400() throws Exception {
        mvc.perform(get("/api/v1/requests/8d4f7c1e-0000-4000-8000-000000000000").header("Authorization", STAFF))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/request-not-found"));
        mvc.perform(get("/api/v1/requests/not-a-uuid").header("Authorization", STAFF))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
    }

    @Test
    void refusesAWrongMediaTypeClearly() throws Exception {
        mvc.perform(post("/api/v1/requests").header("Authorization", STAFF).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/unsupported-media-type"));
    }

    @Test
    void publishesEachTypesGuide() throws Exception {
        mvc.perform(get("/api/v1/request-types/ENROLMENT_CERTIFICATE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[*].name", hasItem("nationalId")))
                .andExpect(jsonPath("$.nameFa").value("گواهی اشتغال به تحصیل"));
        mvc.perform(get("/api/v1/request-types/NOPE")).andExpect(status().isNotFound());
    }

    private long stored() {
        return mongo.getCollection("requests").countDocuments();
    }
}
