package ir.saorg.sehat.request;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** request-service's part of the saga on a real broker, with the other services played by the test. */
@AutoConfigureMockMvc
abstract class RequestSagaScenarios extends EventFlowScenarios {

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS,
                "sehat.payment.events.request-service.dlt", "sehat.code.events.request-service.dlt"};
    }

    static final String VALID_BODY = """
            {"type": "ENROLMENT_CERTIFICATE",
             "fields": {"nationalId": "۰۴۹۹۳۷۰۸۹۹", "studentNumber": "4011234567", "fullName": "زهرا احمدي"}}""";

    /** A valid body for a student of its own, so that tests never meet each other's open request. */
    static String validBody() {
        return """
                {"type": "ENROLMENT_CERTIFICATE",
                 "fields": {"nationalId": "%s", "studentNumber": "4011234567", "fullName": "زهرا احمدي"}}"""
                .formatted(TestStudents.nationalId());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestLifecycle lifecycle;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void publishesRequestSubmittedThatMatchesItsSchema() throws Exception {
        String id = submit();

        var submitted = probe.awaitEvent(EventTypes.REQUEST_SUBMITTED.name(), id);

        assertThat(EventSchemas.violations(submitted.type(), submitted.payload())).isEmpty();
        assertThat(submitted.headers()).containsEntry("ce_source", "/sehat/request-service");
        assertThat(requestJson(id)).contains("\"status\":\"SUBMITTED\"");
    }

    @Test
    void aRequestSubmittedWithAStaffTokenBelongsToItsUniversity() throws Exception {
        String location = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(VALID_BODY)
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        var submitted = probe.awaitEvent(EventTypes.REQUEST_SUBMITTED.name(), id);

        assertThat(EventSchemas.violations(submitted.type(), submitted.payload())).isEmpty();
        assertThat(submitted.payload()).contains("\"university\":\"ut\"");
        assertThat(requestJson(id)).contains("\"university\":\"ut\"", "\"by\":\"staff.ut\"");
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(validBody())
                        .header("Authorization", "Bearer " + TestTokens.forgedOperator()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void walksFromWaivedPaymentToAnnouncedResult() throws Exception {
        String nationalId = TestStudents.nationalId();
        String persianDigits = nationalId.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0'))))
                .collect(java.util.stream.Collectors.joining());
        String id = submit(VALID_BODY.replace("۰۴۹۹۳۷۰۸۹۹", persianDigits));
        UUID requestId = UUID.fromString(id);

        sender.send(waived(requestId));
        var approved = probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
        assertThat(EventSchemas.violations(approved.type(), approved.payload())).isEmpty();
        assertThat(approved.payload()).as("normalised digits and letters travel on")
                .contains("\"nationalId\":\"" + nationalId + "\"", "زهرا احمدی", "\"codeValidityDays\":180");

        Instant issuedAt = Instant.parse("2026-11-24T08:15:31Z");
        sender.send(new CodeIssued(UUID.randomUUID(), issuedAt, requestId, "48213390577126048830",
                "ENROLMENT_CERTIFICATE", "049*****99", issuedAt, issuedAt.plus(Duration.ofDays(180))));
        sender.send(new NotificationDelivered(UUID.randomUUID(), issuedAt.plusSeconds(1), requestId, UUID.randomUUID(),
                "CODE_ISSUED", "IN_APP", issuedAt.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(requestJson(id))
                .contains("\"status\":\"CODE_ISSUED\"", "\"display\":\"4821-3390-5771-2604-8830\"",
                        "\"resultAnnouncedAt\":\"2026-11-24T08:15:32Z\"", "RESULT_ANNOUNCED"));
    }

    @Test
    void showsThePayLinkWhileAwaitingPaymentAndApprovesOnceWhenPaid() throws Exception {
        String id = submit();
        UUID requestId = UUID.fromString(id);
        Instant now = Instant.parse("2026-11-24T08:15:31Z");
        String payUrl = "http://localhost:8080/sandbox/zarinpal/pg/StartPay/S00000000000000000000000000000000001";

        sender.send(new PaymentRequested(UUID.randomUUID(), now, requestId, "ENROLMENT_CERTIFICATE", 1405, 25_000_000L,
                payUrl, now.plus(Duration.ofMinutes(15))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(requestJson(id))
                .contains("\"status\":\"AWAITING_PAYMENT\"", "\"payUrl\":\"" + payUrl + "\"",
                        "\"amountRials\":25000000", "\"expiresAt\":\"2026-11-24T08:30:31Z\""));

        var settled = new PaymentSettled(UUID.randomUUID(), now.plusSeconds(60), requestId, 25_000_000L, "201",
                "502229******5995", now.plusSeconds(60));
        sender.send(settled);
        sender.send(settled);
        var approved = probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
        assertThat(EventSchemas.violations(approved.type(), approved.payload())).isEmpty();
        sender.send(new CodeIssued(UUID.randomUUID(), now, requestId, "48213390577126048830",
                "ENROLMENT_CERTIFICATE", "049*****99", now, now.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(requestJson(id))
                .contains("\"status\":\"CODE_ISSUED\"", "\"what\":\"PAID\"", "\"gatewayReference\":\"201\"",
                        "\"receipt\":\"/payments/" + id + "/receipt\"")
                .doesNotContain("\"payUrl\":\"http"));
        assertThat(probe.matching(e -> e.key().equals(id) && EventTypes.REQUEST_APPROVED.name().equals(e.type())))
                .hasSize(1);
    }

    @Test
    void closesTheRequestWhenThePaymentFailsOrExpires() throws Exception {
        String failing = submit();
        String expiring = submit();
        Instant now = Instant.now();
        for (String id : new String[] {failing, expiring}) {
            sender.send(new PaymentRequested(UUID.randomUUID(), now, UUID.fromString(id), "ENROLMENT_CERTIFICATE",
                    1405, 25_000_000L, "http://pay.example/" + id, now.plusSeconds(900)));
        }
        sender.send(new PaymentFailed(UUID.randomUUID(), now, UUID.fromString(failing),
                PaymentFailed.Reason.CANCELLED_BY_PAYER));
        sender.send(new PaymentExpired(UUID.randomUUID(), now, UUID.fromString(expiring), now.plusSeconds(900)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(requestJson(failing)).contains("\"status\":\"PAYMENT_FAILED\"").doesNotContain("pay.example");
            assertThat(requestJson(expiring)).contains("\"status\":\"PAYMENT_EXPIRED\"");
        });
        assertThat(probe.matching(e -> (e.key().equals(failing) || e.key().equals(expiring))
                && EventTypes.REQUEST_APPROVED.name().equals(e.type()))).isEmpty();
    }

    @Test
    void approvesOnceWhenTheWaiverArrivesTwice() throws Exception {
        String id = submit();
        PaymentWaived waiver = waived(UUID.fromString(id));

        sender.send(waiver);
        sender.send(waiver);
        probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
        // A later event on the same partition proves the repeat was consumed before we count.
        Instant now = Instant.now();
        sender.send(new CodeIssued(UUID.randomUUID(), now, waiver.requestId(), "48213390577126048830",
                "ENROLMENT_CERTIFICATE", "049*****99", now, now.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(requestJson(id)).contains("CODE_ISSUED"));

        assertThat(probe.matching(e -> e.key().equals(id) && EventTypes.REQUEST_APPROVED.name().equals(e.type())))
                .hasSize(1);
        assertThat(requestJson(id).split("\"what\":\"APPROVED\"", -1)).as("one APPROVED line on the timeline").hasSize(2);
    }

    @Test
    void approvesOnceWhenTheSameWaiverIsAppliedAgainAfterItsRecordWasLost() throws Exception {
        String id = submit();
        PaymentWaived waiver = waived(UUID.fromString(id));
        // A crash between the effect and the processed-event record: the handler itself must hold.
        lifecycle.onPaymentWaived(waiver);
        lifecycle.onPaymentWaived(waiver);

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEvents(id) == 0);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() ->
                probe.matching(e -> e.key().equals(id) && EventTypes.REQUEST_APPROVED.name().equals(e.type())).size() == 1);
        assertThat(requestJson(id).split("\"what\":\"APPROVED\"", -1)).as("one APPROVED line on the timeline").hasSize(2);
    }

    @Test
    void deadLettersAPoisonMessageAndKeepsThePartitionFlowing() throws Exception {
        String id = submit();
        sender.send(Topics.PAYMENT_EVENTS, id, Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", EventTypes.PAYMENT_WAIVED.name()), "{not json".getBytes(StandardCharsets.UTF_8));
        sender.send(waived(UUID.fromString(id)));

        var dead = probe.awaitOn("sehat.payment.events.request-service.dlt", e -> id.equals(e.key()));
        assertThat(dead.payload()).isEqualTo("{not json");
        assertThat(dead.headers()).containsKey("x-exception-message");
        probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
    }

    @Test
    void deadLettersAnEventThatDoesNotFitTheRequestsState() throws Exception {
        String id = submit();
        Instant now = Instant.now();
        // A code for a request that was never approved: the guarded transition refuses it.
        sender.send(new CodeIssued(UUID.randomUUID(), now, UUID.fromString(id), "48213390577126048830",
                "ENROLMENT_CERTIFICATE", "049*****99", now, now.plusSeconds(60)));

        var dead = probe.awaitOn("sehat.code.events.request-service.dlt", e -> id.equals(e.key()));
        assertThat(dead.headers().get("x-exception-message")).contains("SUBMITTED");
        assertThat(requestJson(id)).contains("\"status\":\"SUBMITTED\"").doesNotContain("4821");
    }

    private long pendingEvents(String id) {
        var document = mongo.findById(id, org.bson.Document.class, "requests");
        return document == null ? -1 : document.getList("outbox", Object.class, java.util.List.of()).size();
    }

    private String submit() throws Exception {
        return submit(validBody());
    }

    private String submit(String body) throws Exception {
        String location = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String requestJson(String id) throws Exception {
        return mvc.perform(get("/api/v1/requests/" + id).header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static PaymentWaived waived(UUID requestId) {
        return new PaymentWaived(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE", 1405,
                PaymentWaived.Reason.NO_TARIFF);
    }
}
