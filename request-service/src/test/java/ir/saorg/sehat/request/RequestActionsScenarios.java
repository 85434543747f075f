package ir.saorg.sehat.request;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What people do to requests, through the API, with the other services played by the test: retries and duplicates,
 * cancellation, review, rejection with its refund, a failed issue, and who may do and see what.
 */
@AutoConfigureMockMvc
abstract class RequestActionsScenarios extends EventFlowScenarios {

    static final String STAFF_UT = "Bearer " + TestTokens.staff("ut");
    static final String STAFF_SHARIF = "Bearer " + TestTokens.staff("sharif");
    static final String OPERATOR = "Bearer " + TestTokens.operator();

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS};
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aRetriedSubmissionReturnsTheOriginalAndASecondRequestForTheStudentIsAConflict() throws Exception {
        String body = enrolment(TestStudents.nationalId());
        String first = mvc.perform(submit(body).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");

        mvc.perform(submit(body).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", first));
        mvc.perform(submit(body).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Location", first))
                .andExpect(jsonPath("$.openRequest").value(idOf(first)))
                .andExpect(jsonPath("$.title").value("The student already has an open request of this type"));
        mvc.perform(submit(enrolment(TestStudents.nationalId())).header("Idempotency-Key", "retry-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.originalRequest").value(idOf(first)));
        mvc.perform(submit(body).header("Idempotency-Key", "has space"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffCancelBeforePayingAndTheCancellationIsPublished() throws Exception {
        String id = submitted(foreignDegree());
        sender.send(new PaymentRequested(UUID.randomUUID(), Instant.now(), UUID.fromString(id),
                "FOREIGN_DEGREE_EVALUATION", 1405, 25_000_000L, "http://localhost/pay", Instant.now().plusSeconds(900)));
        await().atMost(Duration.ofSeconds(20)).until(() -> json(id).contains("AWAITING_PAYMENT"));

        mvc.perform(post("/api/v1/requests/" + id + "/cancellation").header("Authorization", STAFF_UT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"اشتباه ثبت شد\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        var cancelled = probe.awaitEvent(EventTypes.REQUEST_CANCELLED.name(), id);
        assertThat(EventSchemas.violations(cancelled.type(), cancelled.payload())).isEmpty();
        assertThat(json(id)).contains("\"outcomeReason\":\"اشتباه ثبت شد\"").doesNotContain("\"payUrl\":\"http");
        mvc.perform(post("/api/v1/requests/" + id + "/cancellation").header("Authorization", STAFF_UT))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void anOperatorRejectsAPaidRequestUnderReviewAndItsMoneyIsAskedBack() throws Exception {
        String id = submitted(foreignDegree());
        UUID requestId = UUID.fromString(id);
        sender.send(new PaymentRequested(UUID.randomUUID(), Instant.now(), requestId, "FOREIGN_DEGREE_EVALUATION",
                1405, 25_000_000L, "http://localhost/pay", Instant.now().plusSeconds(900)));
        sender.send(new PaymentSettled(UUID.randomUUID(), Instant.now(), requestId, 25_000_000L, "201",
                "6037****1234", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> json(id).contains("\"status\":\"UNDER_REVIEW\""));

        mvc.perform(post("/api/v1/requests/" + id + "/rejection").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/requests/" + id + "/rejection").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"مدرک خوانا نیست\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));

        var rejected = probe.awaitEvent(EventTypes.REQUEST_REJECTED.name(), id);
        var refund = probe.awaitEvent(EventTypes.REFUND_REQUESTED.name(), id);
        assertThat(EventSchemas.violations(rejected.type(), rejected.payload())).isEmpty();
        assertThat(EventSchemas.violations(refund.type(), refund.payload())).isEmpty();
        assertThat(rejected.payload()).contains("\"paid\":true", "\"university\":\"ut\"");
        assertThat(json(id)).contains("\"initialResultAt\":\"2", "\"what\":\"REFUND_REQUESTED\"");
    }

    @Test
    void anOperatorApprovesARequestUnderReview() throws Exception {
        String id = submitted(foreignDegree());
        sender.send(new PaymentWaived(UUID.randomUUID(), Instant.now(), UUID.fromString(id),
                "FOREIGN_DEGREE_EVALUATION", 1405, PaymentWaived.Reason.NO_TARIFF));
        await().atMost(Duration.ofSeconds(20)).until(() -> json(id).contains("\"status\":\"UNDER_REVIEW\""));

        mvc.perform(post("/api/v1/requests/" + id + "/approval").header("Authorization", STAFF_UT))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/requests/" + id + "/approval").header("Authorization", OPERATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        var approved = probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
        assertThat(EventSchemas.violations(approved.type(), approved.payload())).isEmpty();
        assertThat(approved.payload()).contains("\"codeValidityDays\":730");
    }

    @Test
    void aCodeThatCannotBeIssuedClosesTheRequestWithItsReason() throws Exception {
        String id = submitted(enrolment(TestStudents.nationalId()));
        UUID requestId = UUID.fromString(id);
        sender.send(new PaymentWaived(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE", 1405,
                PaymentWaived.Reason.NO_TARIFF));
        probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);

        sender.send(new CodeIssueFailed(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE",
                CodeIssueFailed.Reason.INCOMPLETE_HOLDER, 1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(json(id))
                .contains("\"status\":\"CODE_ISSUE_FAILED\"", "\"outcomeReason\":\"INCOMPLETE_HOLDER\""));
    }

    @Test
    void anOperatorCorrectsAnIssuedRecordWithANewRequestWhoseCodeReplacesTheOld() throws Exception {
        String nationalId = TestStudents.nationalId();
        String id = submitted(enrolment(nationalId));
        UUID requestId = UUID.fromString(id);
        sender.send(new PaymentWaived(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE", 1405,
                PaymentWaived.Reason.NO_TARIFF));
        probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
        sender.send(new CodeIssued(UUID.randomUUID(), Instant.now(), requestId, "48213390577126048830",
                "ENROLMENT_CERTIFICATE", "049*****99", Instant.now(), Instant.now().plus(Duration.ofDays(180))));
        await().atMost(Duration.ofSeconds(20)).until(() -> json(id).contains("\"status\":\"CODE_ISSUED\""));
        String correction = """
                {"reason":"نام خانوادگی ناقص ثبت شده بود","fields":{"nationalId":"%s","studentNumber":"4011234567",
                 "fullName":"زهرا احمدی‌نژاد"}}""".formatted(nationalId);

        mvc.perform(post("/api/v1/requests/" + id + "/correction").header("Authorization", STAFF_UT)
                        .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isForbidden());
        String location = mvc.perform(post("/api/v1/requests/" + id + "/correction").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.corrects").value(id))
                .andReturn().getResponse().getHeader("Location");
        String correctionId = idOf(location);

        var approved = probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), correctionId);
        assertThat(EventSchemas.violations(approved.type(), approved.payload())).isEmpty();
        assertThat(approved.payload()).contains("\"replacesCode\":\"48213390577126048830\"", "احمدی‌نژاد");
        assertThat(json(id)).contains("\"correctedBy\":\"" + correctionId + "\"", "\"what\":\"CORRECTED\"");
        assertThat(json(correctionId)).contains("\"corrects\":\"" + id + "\"", "\"status\":\"APPROVED\"");
        mvc.perform(post("/api/v1/requests/" + correctionId + "/correction").header("Authorization", OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void staffOfAnotherUniversityFindNothingAndStrangersMustLogIn() throws Exception {
        String id = submitted(enrolment(TestStudents.nationalId()));

        mvc.perform(get("/api/v1/requests/" + id).header("Authorization", STAFF_SHARIF))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/requests/" + id + "/cancellation").header("Authorization", STAFF_SHARIF))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/requests/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/requests/" + id).header("Authorization", "Bearer " + TestTokens.expiredOperator()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/requests/" + id).header("Authorization", OPERATOR)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/requests").header("Authorization", OPERATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(enrolment(TestStudents.nationalId())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/requests/" + id + "/rejection").header("Authorization", STAFF_UT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder submit(String body) {
        return post("/api/v1/requests").header("Authorization", STAFF_UT).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private String submitted(String body) throws Exception {
        return idOf(mvc.perform(submit(body)).andExpect(status().isAccepted()).andReturn().getResponse()
                .getHeader("Location"));
    }

    private String json(String id) throws Exception {
        return mvc.perform(get("/api/v1/requests/" + id).header("Authorization", STAFF_UT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String enrolment(String nationalId) {
        return """
                {"type":"ENROLMENT_CERTIFICATE","fields":{"nationalId":"%s","studentNumber":"4011234567","fullName":"زهرا احمدی"}}"""
                .formatted(nationalId);
    }

    private static String foreignDegree() {
        return """
                {"type":"FOREIGN_DEGREE_EVALUATION","fields":{"nationalId":"%s","studentNumber":"4011234569",
                 "fullName":"مریم رضایی","degree":"MASTER","country":"Germany","foreignUniversity":"TU München"}}"""
                .formatted(TestStudents.nationalId());
    }
}
