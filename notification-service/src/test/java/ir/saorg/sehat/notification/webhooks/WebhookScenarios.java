package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.notification.NotificationScenarios;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.DeliveryState;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.delivery.persistence.MongoDeliveries;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Downstream systems get signed webhooks, each once in effect; a dead one delays nobody and ends as a dead letter. */
abstract class WebhookScenarios extends NotificationScenarios {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CODE_ISSUED = EventTypes.CODE_ISSUED.name();

    @Autowired
    MockMvc mvc;
    @Autowired
    FanningOut fanningOut;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier(DeliveryConfiguration.WEBHOOKS)
    Deliveries deliveries;

    @Test
    void aSubscriberReceivesASignedEventAndVerifiesIt() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            subscribe(subscriber, CODE_ISSUED, EventTypes.CODE_REVOKED.name());
            CodeIssued issued = issued();
            sender.send(issued);

            await().atMost(Duration.ofSeconds(20)).until(() -> !subscriber.about(issued.eventId().toString()).isEmpty());
            TestSubscriber.Received received = subscriber.about(issued.eventId().toString()).getFirst();
            assertThat(received.signatureValid()).isTrue();
            assertThat(received.type()).isEqualTo(CODE_ISSUED);
            assertThat(received.attempt()).isEqualTo(1);
            JsonNode body = JSON.readTree(received.body());
            assertThat(body.path("specversion").asString()).isEqualTo("1.0");
            assertThat(body.path("id").asString()).isEqualTo(issued.eventId().toString());
            assertThat(body.path("source").asString()).isEqualTo("/sehat/code-service");
            assertThat(body.path("data").path("code").asString()).isEqualTo(issued.code());
            assertThat(body.path("data").path("maskedNationalId").asString()).isEqualTo("049*****99");

            sender.send(new CodeRevoked(UUID.randomUUID(), Instant.now(), issued.requestId(), issued.code(),
                    issued.requestType(), CodeRevoked.Category.ISSUED_IN_ERROR, Instant.now()));
            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 2);
        }
    }

    @Test
    void aSubscriberThatTakesBatchesGetsWhatWaitsForItInOneSignedPostWithEachEventsDeliveryId() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            String id = subscribe(subscriber, 10, CODE_ISSUED);
            subscriber.holdAnswers();
            List<CodeIssued> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                CodeIssued issued = issued();
                events.add(issued);
                fanningOut.fanOut(EventTypes.CODE_ISSUED, issued);
            }
            // Its bulkhead's 8 sends are held by the subscriber; the other 12 wait for it (or are put back) meanwhile.
            subscriber.letGo();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subscriber.processed()).hasSize(20));
            assertThat(subscriber.batches()).as("what waited went in batches").isNotEmpty();
            assertThat(subscriber.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
            for (String batch : subscriber.batches()) {
                assertThat(JSON.readTree(batch).size()).isBetween(2, 10);
            }
            for (CodeIssued issued : events) {
                String deliveryId = Delivery.idFor(issued.eventId(), Channel.WEBHOOK, id);
                assertThat(subscriber.about(issued.eventId().toString())).singleElement().satisfies(r -> {
                    assertThat(r.deliveryId()).isEqualTo(deliveryId);
                    assertThat(r.type()).isEqualTo(CODE_ISSUED);
                    assertThat(r.attempt()).isEqualTo(1);
                    assertThat(JSON.readTree(r.body()).path("data").path("code").asString()).isEqualTo(issued.code());
                });
                await().atMost(Duration.ofSeconds(5)).until(() ->
                        deliveries.byId(deliveryId).orElseThrow().state() == DeliveryState.SENT);
            }
        }
    }

    @Test
    void anEventsBodyIsStoredOnceForAllItsSubscribersAndEveryRetrySendsIt() throws Exception {
        try (var live = TestSubscriber.start(); var failing = TestSubscriber.start()) {
            subscribe(live, CODE_ISSUED);
            String failingId = subscribe(failing, CODE_ISSUED);
            failing.answer(503);
            CodeIssued issued = issued();
            sender.send(issued);

            String eventId = issued.eventId().toString();
            await().atMost(Duration.ofSeconds(20)).until(() -> failing.about(eventId).size() >= 3
                    && !live.about(eventId).isEmpty());
            assertThat(failing.about(eventId)).extracting(TestSubscriber.Received::body).as("every attempt, the same body")
                    .containsOnly(live.about(eventId).getFirst().body());
            assertThat(JSON.readTree(live.about(eventId).getFirst().body()).path("id").asString()).isEqualTo(eventId);

            var stored = mongo.getCollection(MongoDeliveries.WEBHOOKS).find(new Document("eventId", eventId))
                    .into(new ArrayList<>());
            assertThat(stored).hasSize(2).allSatisfy(document ->
                    assertThat(document.get("content", Document.class)).doesNotContainKey("text"));
            assertThat(mongo.getCollection(MongoDeliveries.WEBHOOK_BODIES).countDocuments(
                    new Document("_id", eventId))).isEqualTo(1);
            assertThat(deliveries.byId(Delivery.idFor(issued.eventId(), Channel.WEBHOOK, failingId)).orElseThrow()
                    .content().text()).isEqualTo(live.about(eventId).getFirst().body());
        }
    }

    @Test
    void aSubscriptionStoredBeforeBatchesExistedReadsAsOneEventPerPost() {
        String id = UUID.randomUUID().toString();
        mongo.getCollection("webhook_subscriptions").insertOne(new Document("_id", id)
                .append("url", "http://127.0.0.1:9/hook").append("eventTypes", List.of(CODE_ISSUED))
                .append("secret", "whsec_old").append("createdBy", "admin").append("createdAt", new Date())
                .append("active", false));

        assertThat(subscriptions.find(id)).hasValueSatisfying(s -> assertThat(s.maxEventsPerBatch()).isEqualTo(1));
    }

    @Test
    void acceptedSendsRecordedInOneWriteAreRecordedOnlyWhereTheClaimStillHolds() {
        Instant now = Instant.now();
        List<Delivery> claimed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String eventId = UUID.randomUUID().toString();
            claimed.add(Delivery.claimedOnCreation(Delivery.idFor(eventId, "WEBHOOK", "bulk-settling"), eventId,
                    CODE_ISSUED, UUID.randomUUID().toString(), CODE_ISSUED, Channel.WEBHOOK, "bulk-settling",
                    "http://127.0.0.1:9/hook", new Content(CODE_ISSUED, null, "{}"), false, now,
                    "claim:" + UUID.randomUUID(), now.plusSeconds(60)));
        }
        assertThat(deliveries.insertNew(claimed)).hasSize(3);
        Delivery takenOver = claimed.get(1);
        assertThat(deliveries.release(takenOver, now.plus(Duration.ofHours(1)))).isTrue();

        Set<String> recorded = deliveries.recordAllSent(claimed.stream()
                .map(d -> new Deliveries.Sent(d, now, "HTTP 204")).toList());

        assertThat(recorded).containsExactlyInAnyOrder(claimed.get(0).id(), claimed.get(2).id());
        assertThat(deliveries.byId(claimed.get(0).id()).orElseThrow()).satisfies(d -> {
            assertThat(d.state()).isEqualTo(DeliveryState.SENT);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.reference()).isEqualTo("HTTP 204");
        });
        assertThat(deliveries.byId(takenOver.id()).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(deliveries.recordAllSent(List.of(new Deliveries.Sent(claimed.get(2), now, "again")))).isEmpty();
    }

    @Test
    void aRepeatedEventIsNotSentTwice() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            subscribe(subscriber, CODE_ISSUED);
            CodeIssued issued = issued();
            sender.send(issued);
            await().atMost(Duration.ofSeconds(20)).until(() -> !subscriber.about(issued.eventId().toString()).isEmpty());

            fanningOut.fanOut(EventTypes.CODE_ISSUED, issued);
            sender.send(issued);

            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(subscriber.about(issued.eventId().toString())).hasSize(1));
        }
    }

    @Test
    void aDeadSubscriberNeverDelaysALiveOneAndIsRetriedUntilItIsADeadLetter() throws Exception {
        try (var live = TestSubscriber.start(); var dead = BlackHole.open()) {
            String deadId = subscribeUrl(dead.url(), CODE_ISSUED);
            subscribe(live, CODE_ISSUED);
            List<CodeIssued> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                CodeIssued issued = issued();
                events.add(issued);
                sender.send(issued);
            }

            // Sent one after another, 20 calls to the dead one would hold the live one back 20 × its 1 s time-out.
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(events).allSatisfy(e ->
                    assertThat(live.about(e.eventId().toString())).isNotEmpty()));
            assertThat(dead.accepted()).isPositive();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(deliveries.forRecipient(deadId, Instant.EPOCH, DeliveryState.GIVEN_UP, 100)).hasSize(20));
            mvc.perform(get("/api/v1/webhooks/dead-letters").param("limit", "500")
                            .header("Authorization", "Bearer " + TestTokens.operator()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].recipient", hasItem(deadId)));
            assertThat(live.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
        }
    }

    @Test
    void aFailingSubscriberGetsTheSameDeliveryIdOnEveryRetryAndOperatorsSeeItGiveUp() throws Exception {
        try (var failing = TestSubscriber.start()) {
            failing.answer(503);
            String id = subscribe(failing, CODE_ISSUED);
            CodeIssued issued = issued();
            sender.send(issued);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(deliveries.forRecipient(id, Instant.EPOCH, DeliveryState.GIVEN_UP, 10)).hasSize(1));
            List<TestSubscriber.Received> attempts = failing.about(issued.eventId().toString());
            assertThat(attempts.size()).isGreaterThan(2);
            assertThat(attempts).extracting(TestSubscriber.Received::deliveryId).containsOnly(attempts.getFirst().deliveryId());
            assertThat(attempts).extracting(TestSubscriber.Received::attempt).startsWith(1, 2);
            mvc.perform(get("/api/v1/webhooks/subscriptions/" + id + "/deliveries").param("state", "GIVEN_UP")
                            .header("Authorization", "Bearer " + TestTokens.operator()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].lastError").value("HTTP 503"));
        }
    }

    @Test
    void aSubscriberGetsEverythingSinceAMomentAgainOnRequest() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            String id = subscribe(subscriber, CODE_ISSUED);
            Instant since = Instant.now().minusSeconds(1);
            CodeIssued first = issued();
            CodeIssued second = issued();
            sender.send(first);
            sender.send(second);
            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 2);

            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .header("Authorization", "Bearer " + TestTokens.operator())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"since\":\"" + since + "\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.count").value(2));

            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 4);
            assertThat(subscriber.about(first.eventId().toString())).hasSize(2)
                    .extracting(TestSubscriber.Received::deliveryId).doesNotHaveDuplicates();
            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .header("Authorization", "Bearer " + TestTokens.operator())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"since\":\"2001-01-01T00:00:00Z\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/redelivery-too-far-back"));
        }
    }

    @Test
    void aSubscriberAsksForRedeliveryItselfWithARequestSignedByItsSecret() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            String created = registered(subscriber.url(), 1, CODE_ISSUED);
            String id = JSON.readTree(created).path("id").asString();
            String secret = JSON.readTree(created).path("secret").asString();
            subscriber.trust(secret);
            Instant since = Instant.now().minusSeconds(1);
            sender.send(issued());
            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 1);

            String body = "{\"since\":\"" + since + "\"}";
            String signature = WebhookSignature.header(secret, Instant.now(), body);
            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .header(WebhookSignature.HEADER, signature).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.count").value(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.received().size() == 2);

            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .header(WebhookSignature.HEADER, signature).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.count").value(0));
            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .header(WebhookSignature.HEADER, WebhookSignature.header("whsec_guess", Instant.now(), body))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/unauthenticated"));
            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isUnauthorized());
            mvc.perform(post("/api/v1/webhooks/subscriptions/" + id + "/redeliveries")
                            .header("Authorization", "Bearer " + TestTokens.staff("ut"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                    assertThat(subscriber.received()).hasSize(2));
        }
    }

    @Test
    void aDeletedSubscriptionReceivesNothingMore() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            String id = subscribe(subscriber, CODE_ISSUED);
            mvc.perform(delete("/api/v1/webhooks/subscriptions/" + id).header("Authorization", "Bearer " + TestTokens.admin()))
                    .andExpect(status().isNoContent());
            mvc.perform(delete("/api/v1/webhooks/subscriptions/" + id).header("Authorization", "Bearer " + TestTokens.admin()))
                    .andExpect(status().isNotFound());
            CodeIssued issued = issued();
            sender.send(issued);
            sender.send(issued());

            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(subscriber.received()).isEmpty());
        }
    }

    @Test
    void refusesRegistrationsThatAreUnsafeUnknownOrTooBig() throws Exception {
        register("{\"url\":\"file:///etc/passwd\",\"eventTypes\":[\"" + CODE_ISSUED + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-subscription"))
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        register("{\"url\":\"http://0.0.0.0:8084/api\",\"eventTypes\":[\"" + CODE_ISSUED + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("شبکهٔ داخلی")));
        register("{\"url\":\"https://user:pw@hooks.example/\",\"eventTypes\":[\"ir.saorg.sehat.request.approved.v1\","
                + "\"ir.saorg.sehat.code.teleported.v1\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)));
        register("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        register("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":" + "[\"x\",".repeat(40) + "\"x\"]}")
                .andExpect(status().isBadRequest());
        register("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"" + CODE_ISSUED + "\"],\"description\":\""
                + "x".repeat(2 * 1024 * 1024) + "\"}")
                .andExpect(status().isPayloadTooLarge());
        register("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"" + CODE_ISSUED + "\"],\"maxEventsPerBatch\":101}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("maxEventsPerBatch"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("۱ تا ۱۰۰")));
        register("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"" + CODE_ISSUED + "\"],\"maxEventsPerBatch\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxEventsPerBatch"));
        register("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"" + CODE_ISSUED + "\"],\"maxEventsPerBatch\":\"many\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/malformed-body"));
        register("{\"url\": [1, 2], ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/malformed-body"));
        mvc.perform(post("/api/v1/webhooks/subscriptions").header("Authorization", "Bearer " + TestTokens.operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"" + CODE_ISSUED + "\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/webhooks/subscriptions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"" + CODE_ISSUED + "\"]}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/webhooks/subscriptions").header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecretIsShownOnlyOnce() throws Exception {
        try (var subscriber = TestSubscriber.start()) {
            String id = subscribe(subscriber, CODE_ISSUED);
            mvc.perform(get("/api/v1/webhooks/subscriptions/" + id).header("Authorization", "Bearer " + TestTokens.operator()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.secret").doesNotExist())
                    .andExpect(jsonPath("$.url").value(subscriber.url()));
        }
    }

    String subscribe(TestSubscriber subscriber, String... types) throws Exception {
        return subscribe(subscriber, 1, types);
    }

    String subscribe(TestSubscriber subscriber, int maxEventsPerBatch, String... types) throws Exception {
        String answer = registered(subscriber.url(), maxEventsPerBatch, types);
        JsonNode created = JSON.readTree(answer);
        subscriber.trust(created.path("secret").asString());
        return created.path("id").asString();
    }

    String subscribeUrl(String url, String... types) throws Exception {
        return JSON.readTree(registered(url, 1, types)).path("id").asString();
    }

    private String registered(String url, int maxEventsPerBatch, String... types) throws Exception {
        String body = "{\"url\":\"" + url + "\",\"eventTypes\":[\"" + String.join("\",\"", types)
                + "\"],\"description\":\"test\"" + (maxEventsPerBatch == 1 ? "" : ",\"maxEventsPerBatch\":"
                + maxEventsPerBatch) + "}";
        return register(body).andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.maxEventsPerBatch").value(maxEventsPerBatch))
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
                .andReturn().getResponse().getContentAsString();
    }

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/v1/webhooks/subscriptions").header("Authorization", "Bearer " + TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static CodeIssued issued() {
        Instant now = Instant.now();
        return new CodeIssued(UUID.randomUUID(), now, UUID.randomUUID(), "48213390577126048835",
                "ENROLMENT_CERTIFICATE", "049*****99", now, now.plus(Duration.ofDays(180)));
    }
}
