package ir.saorg.sehat.request.console;

import ir.saorg.sehat.console.deadletters.DeadLetterRecords;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' console on request-service, on a real broker: a poison event arrives in a dead-letter topic,
 * the administrator reads why, the cause is fixed, the event is replayed and the request completes; discards need a
 * reason; every action is audited, and only administrators may act.
 */
@AutoConfigureMockMvc
abstract class DeadLetterConsoleScenarios extends EventFlowScenarios {

    static final String DLT = "sehat.code.events.request-service.dlt";
    static final String PAYMENT_DLT = "sehat.payment.events.request-service.dlt";
    static final String BASE = "/api/v1/admin/services/request-service/dead-letters";
    static final String ADMIN = "Bearer " + TestTokens.admin();
    static final String OPERATOR = "Bearer " + TestTokens.operator();
    static final String STAFF = "Bearer " + TestTokens.staff("ut");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS, DLT, PAYMENT_DLT};
    }

    @Test
    void aPoisonEventIsReadFixedReplayedAndTheRequestCompletes() throws Exception {
        String id = underReview();
        String code = "48213390577126048830";
        // A code for a request still under review: the guarded transition refuses it, and after its retries it is
        // dead-lettered.
        sender.send(new CodeIssued(UUID.randomUUID(), Instant.now(), UUID.fromString(id), code,
                "FOREIGN_DEGREE_EVALUATION", "049*****99", Instant.now(), Instant.now().plusSeconds(86_400)));
        var dead = probe.awaitOn(DLT, e -> id.equals(e.key()));

        JsonNode summary = json(get(BASE), ADMIN);
        JsonNode topic = find(summary, "topic", DLT);
        assertThat(topic.get("pending").asLong()).isPositive();
        JsonNode letter = letterOf(id);
        assertThat(letter.get("reason").asString()).startsWith("request " + id + " is UNDER_REVIEW");
        assertThat(letter.get("exception").asString()).endsWith(".IllegalTransitionException");
        assertThat(letter.get("source").asString()).isEqualTo(Topics.CODE_EVENTS);
        assertThat(letter.get("eventType").asString()).isEqualTo(dead.type());
        assertThat(letter.get("maskedPayload").asString()).doesNotContain(code).contains("48****************30");
        assertThat(letter.get("handled").isNull()).isTrue();
        String at = letter.get("at").get("topic").asString() + "/" + letter.get("at").get("partition").asInt() + "/"
                + letter.get("at").get("offset").asLong();

        mvc.perform(post(BASE + "/" + at + "/replay").header("Authorization", OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + at + "/replay").header("Authorization", STAFF)).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + at + "/replay")).andExpect(status().isUnauthorized());
        assertThat(requestJson(id)).contains("\"status\":\"UNDER_REVIEW\"");

        // The cause: the request had not been approved. An operator approves it, and the code is replayed.
        mvc.perform(post("/api/v1/requests/" + id + "/approval").header("Authorization", OPERATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post(BASE + "/" + at + "/replay").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("REPLAYED"))
                .andExpect(jsonPath("$.by").value("admin"));

        await().atMost(Duration.ofSeconds(30)).until(() -> requestJson(id).contains("\"status\":\"CODE_ISSUED\""));
        assertThat(requestJson(id)).contains(code);
        mvc.perform(post(BASE + "/" + at + "/replay").header("Authorization", ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/dead-letter-already-handled"));
        assertThat(letterOf(id).get("handled").get("kind").asString()).isEqualTo("REPLAYED");
        assertThat(json(get(BASE + "/actions"), ADMIN).toString()).contains(at, "REPLAYED", dead.type());
    }

    @Test
    void aDiscardNeedsAReasonAndIsAuditedAndReplayAllSkipsIt() throws Exception {
        String key = UUID.randomUUID().toString();
        sender.send(Topics.PAYMENT_EVENTS, key, Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", EventTypes.PAYMENT_WAIVED.name()),
                "{\"x\": \"<img src=x onerror=alert(1)>\", \"nationalId\": \"0499370899\"".getBytes(StandardCharsets.UTF_8));
        probe.awaitOn(PAYMENT_DLT, e -> key.equals(e.key()));
        JsonNode letter = letterOf(PAYMENT_DLT, key);
        String at = PAYMENT_DLT + "/" + letter.get("at").get("partition").asInt() + "/"
                + letter.get("at").get("offset").asLong();
        assertThat(letter.get("maskedPayload").asString()).doesNotContain("0499370899");

        mvc.perform(post(BASE + "/" + at + "/discard").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/discard-reason-required"));
        assertThat(letterOf(PAYMENT_DLT, key).get("handled").isNull()).isTrue();

        String page = mvc.perform(get("/admin/services/request-service/dead-letters/" + at)
                        .header("Authorization", ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");

        mvc.perform(post(BASE + "/" + at + "/discard").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"a test record, not an event\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("DISCARDED"));
        JsonNode replayed = json(post(BASE + "/" + PAYMENT_DLT + "/replay"), ADMIN);
        assertThat(replayed.toString()).doesNotContain(at + "\"");
        assertThat(json(get(BASE + "/actions"), ADMIN).toString()).contains("a test record, not an event");
    }

    @Test
    void aTopicIsReadForReplayAChunkAtATimeInEachPartitionsOrder() {
        String key = UUID.randomUUID().toString();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String eventId = UUID.randomUUID().toString();
            sent.add(eventId);
            // Unreadable, so each is dead-lettered at once, in the order sent.
            sender.send(Topics.PAYMENT_EVENTS, key, Map.of("ce_id", eventId, "ce_type", EventTypes.PAYMENT_WAIVED.name()),
                    ("{\"n\": " + i).getBytes(StandardCharsets.UTF_8));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.matching(e -> key.equals(e.key())
                && PAYMENT_DLT.equals(e.topic())).size() == sent.size());

        List<List<ConsumerRecord<byte[], byte[]>>> chunks = new ArrayList<>();
        new DeadLetterRecords(brokers(), "chunk-test", Duration.ofSeconds(10))
                .fromBeginning(PAYMENT_DLT, 2, chunks::add);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).hasSizeBetween(1, 2));
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> assertThat(chunk).hasSize(2));
        List<String> ours = chunks.stream().flatMap(List::stream).filter(r -> key.equals(new String(r.key(),
                StandardCharsets.UTF_8))).map(r -> new String(r.headers().lastHeader("ce_id").value(),
                StandardCharsets.UTF_8)).toList();
        assertThat(ours).as("all five, in the order they were written").containsExactlyElementsOf(sent);
    }

    @Test
    void unknownTopicsRecordsAndServicesAreNotFoundAndPagesNeedAnAdministrator() throws Exception {
        mvc.perform(get(BASE).param("topic", "sehat.request.events").header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/dead-letter-topic-unknown"));
        mvc.perform(get(BASE + "/" + DLT + "/0/999999").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admin/services/code-service/dead-letters").header("Authorization", ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin").header("Authorization", STAFF)).andExpect(status().isForbidden());
        mvc.perform(get("/admin")).andExpect(status().isUnauthorized());
    }

    @Test
    void theFrontPageShowsTopicsGroupsLagAndThisServicesBox() throws Exception {
        underReview();
        String page = mvc.perform(get("/admin").header("Authorization", ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(Topics.REQUEST_EVENTS, Topics.PAYMENT_EVENTS, "request-service",
                "/admin/services/code-service/summary", "/webjars/chart.js/");
        JsonNode topics = json(get("/api/v1/admin/cluster/topics"), ADMIN);
        JsonNode payments = find(topics, "name", Topics.PAYMENT_EVENTS);
        assertThat(payments.get("endOffsets").size()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                find(json(get("/api/v1/admin/cluster/topics"), ADMIN), "name", Topics.PAYMENT_EVENTS)
                        .get("groups").toString()).contains("request-service"));
        String box = mvc.perform(get("/admin/services/request-service/summary").header("Authorization", ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(box).contains("request-service", "UP", "/admin/services/request-service/dead-letters");
        JsonNode summary = json(get("/api/v1/admin/services/request-service/summary"), ADMIN);
        assertThat(summary.get("outboxes").toString()).contains("requests");
    }

    private String underReview() throws Exception {
        String location = mvc.perform(post("/api/v1/requests").header("Authorization", STAFF)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"FOREIGN_DEGREE_EVALUATION","fields":{"nationalId":"%s","studentNumber":"4011234569",
                                 "fullName":"مریم رضایی","degree":"MASTER","country":"Germany","foreignUniversity":"TU München"}}"""
                                .formatted(TestStudents.nationalId())))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        sender.send(new PaymentWaived(UUID.randomUUID(), Instant.now(), UUID.fromString(id),
                "FOREIGN_DEGREE_EVALUATION", 1405, PaymentWaived.Reason.NO_TARIFF));
        await().atMost(Duration.ofSeconds(20)).until(() -> requestJson(id).contains("\"status\":\"UNDER_REVIEW\""));
        return id;
    }

    private JsonNode letterOf(String key) throws Exception {
        return letterOf(DLT, key);
    }

    private JsonNode letterOf(String topic, String key) throws Exception {
        return find(json(get(BASE).param("topic", topic), ADMIN), "key", key);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            JsonNode at = field.equals("topic") ? node.get("topic").get("name") : node.get(field);
            if (at != null && value.equals(at.asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String token) throws Exception {
        return JSON.readTree(mvc.perform(request.header("Authorization", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String requestJson(String id) throws Exception {
        return mvc.perform(get("/api/v1/requests/" + id).header("Authorization", STAFF)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
