package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import ir.saorg.sehat.events.request.RefundRequested;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.platform.testing.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * payment-service's part of the saga on a real broker, paying through the sandbox gateway over real HTTP: the
 * gateway's slowness and outage are switched on through its control endpoint.
 */
@TestPropertySource(properties = {
        "sehat.payment.tariffs.1405.EDUCATIONAL_CONFIRMATION=0",
        "sehat.payment.tariffs.1405.FOREIGN_DEGREE_EVALUATION=2500000",
        "sehat.payment.zarinpal.timeout=1s",
        "sehat.payment.first-retry-delay=300ms",
        "sehat.payment.max-retry-delay=1s",
        "sehat.payment.check-interval=200ms",
        "resilience4j.circuitbreaker.instances.paymentGateway.wait-duration-in-open-state=1s",
        "resilience4j.retry.instances.paymentGatewayIdempotent.wait-duration=50ms"})
abstract class PaymentFlowScenarios extends EventFlowScenarios {

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.PAYMENT_EVENTS};
    }

    static final Instant IN_1405 = Instant.parse("2026-11-24T08:15:30Z");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RequestingPayment deciding;
    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void talkToTheService() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER).build()))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        control("{\"delayMillis\":0,\"down\":false}");
    }

    @Test
    void waivesPaymentWhenTheBudgetTableHasNoTariff() {
        var submitted = submitted("ENROLMENT_CERTIFICATE");
        sender.send(submitted);

        var waived = probe.awaitEvent(EventTypes.PAYMENT_WAIVED.name(), submitted.requestId().toString());

        assertThat(EventSchemas.violations(waived.type(), waived.payload())).isEmpty();
        assertThat(waived.payload()).contains("\"fiscalYear\":1405", "\"reason\":\"NO_TARIFF\"");
    }

    @Test
    void waivesPaymentWhenTheTariffIsZero() {
        var submitted = submitted("EDUCATIONAL_CONFIRMATION");
        sender.send(submitted);

        var waived = probe.awaitEvent(EventTypes.PAYMENT_WAIVED.name(), submitted.requestId().toString());

        assertThat(waived.payload()).contains("\"reason\":\"ZERO_TARIFF\"");
    }

    @Test
    void decidesOnceWhenTheSameSubmissionArrivesTwice() {
        var submitted = submitted("ENROLMENT_CERTIFICATE");
        sender.send(submitted);
        sender.send(submitted);
        probe.awaitEvent(EventTypes.PAYMENT_WAIVED.name(), submitted.requestId().toString());
        var later = submitted("ENROLMENT_CERTIFICATE");
        sender.send(later);
        probe.awaitEvent(EventTypes.PAYMENT_WAIVED.name(), later.requestId().toString());

        assertThat(probe.matching(e -> e.key().equals(submitted.requestId().toString()))).hasSize(1);
    }

    @Test
    void decidesOnceWhenTheSameSubmissionIsHandledAgainAfterItsRecordWasLost() {
        var submitted = submitted("ENROLMENT_CERTIFICATE");
        // A crash between the effect and the processed-event record: the decision's id must hold.
        deciding.onRequestSubmitted(submitted);
        deciding.onRequestSubmitted(submitted);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.findById(submitted.requestId().toString(), Document.class, "payments").getList("outbox", Object.class).isEmpty());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() ->
                probe.matching(e -> e.key().equals(submitted.requestId().toString())).size() == 1);
        assertThat(mongo.getCollection("payments").countDocuments(new Document("requestType", "ENROLMENT_CERTIFICATE")
                .append("_id", submitted.requestId().toString()))).isEqualTo(1);
    }

    @Test
    void aPaidRequestIsRequestedPaidOnTheSandboxAndSettledOnceHoweverOftenThePayerComesBack() {
        var submitted = submitted("FOREIGN_DEGREE_EVALUATION");
        sender.send(submitted);
        String id = submitted.requestId().toString();

        var requested = probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), id);
        assertThat(EventSchemas.violations(requested.type(), requested.payload())).isEmpty();
        assertThat(requested.payload()).contains("\"amountRials\":2500000", "/sandbox/zarinpal/pg/StartPay/S");
        String authority = authorityOf(id);

        String callback = payOnTheSandbox(authority);
        var page = http.get().uri(pathOf(callback)).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("پرداخت انجام و تأیید شد", "Paid and confirmed");
        var settled = probe.awaitEvent(EventTypes.PAYMENT_SETTLED.name(), id);
        assertThat(EventSchemas.violations(settled.type(), settled.payload())).isEmpty();

        var replay = http.get().uri(pathOf(callback)).retrieve().toEntity(String.class);
        assertThat(replay.getBody()).contains("پیش‌تر تأیید شده");
        assertThat(as(TestTokens.operator(), "/api/v1/payments/" + id).getBody())
                .contains("\"status\":\"SETTLED\"", "\"receipt\":\"/payments/" + id + "/receipt\"");
        assertThat(as(TestTokens.operator(), "/payments/" + id + "/receipt").getBody())
                .contains("رسید پرداخت", "۲٬۵۰۰٬۰۰۰ ریال", "ارزشنامه مدرک خارجی");
        assertThat(as(null, "/api/v1/payments/" + id).getStatusCode().value()).isEqualTo(401);
        assertThat(as(null, "/payments/" + id + "/receipt").getStatusCode().value()).isEqualTo(401);
        assertThat(as(TestTokens.staff("another-university"), "/payments/" + id + "/receipt").getStatusCode().value())
                .isEqualTo(404);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> probe.matching(e ->
                e.key().equals(id) && EventTypes.PAYMENT_SETTLED.name().equals(e.type())).size() == 1);
    }

    @Test
    void aForgedCallbackIsRefusedAndChangesNothing() {
        var submitted = submitted("FOREIGN_DEGREE_EVALUATION");
        sender.send(submitted);
        String id = submitted.requestId().toString();
        probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), id);
        String authority = authorityOf(id);

        var unknown = http.get().uri("/payments/callback?Authority=S99999999999999999999999999999999999&Status=OK")
                .retrieve().toEntity(String.class);
        var unpaid = http.get().uri("/payments/callback?Authority=" + authority + "&Status=OK&Amount=1")
                .retrieve().toEntity(String.class);

        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unpaid.getBody()).as("the gateway says nothing was paid").contains("در حال تأیید پرداخت");
        assertThat(status(id)).isEqualTo("AWAITING_PAYER");
        assertThat(probe.matching(e -> e.key().equals(id) && EventTypes.PAYMENT_SETTLED.name().equals(e.type())))
                .isEmpty();
    }

    @Test
    void aSlowGatewayMakesThePaymentWaitVisiblyUntilItAnswersInTime() {
        control("{\"delayMillis\":1500,\"down\":false}");
        var submitted = submitted("FOREIGN_DEGREE_EVALUATION");
        sender.send(submitted);
        String id = submitted.requestId().toString();

        await().atMost(Duration.ofSeconds(20)).until(() -> "WAITING_FOR_GATEWAY".equals(status(id)));
        assertThat(as(TestTokens.operator(), "/api/v1/payments/" + id).getBody())
                .contains("درگاه پرداخت در دسترس نیست", "gateway is unavailable");
        control("{\"delayMillis\":0,\"down\":false}");

        probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), id);
        assertThat(status(id)).isEqualTo("AWAITING_PAYER");
    }

    @Test
    void whileTheGatewayIsDownTheBreakerOpensAndPaymentsWaitThenAllAreOpened() {
        control("{\"delayMillis\":0,\"down\":true}");
        var requests = java.util.stream.IntStream.range(0, 6).mapToObj(i -> submitted("FOREIGN_DEGREE_EVALUATION"))
                .toList();
        requests.forEach(sender::send);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.get().uri("/actuator/prometheus").retrieve().body(String.class))
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"paymentGateway\"[^}]*state=\"open\"[^}]*} 1.0"));
        await().atMost(Duration.ofSeconds(20)).until(() -> requests.stream()
                .allMatch(r -> "WAITING_FOR_GATEWAY".equals(status(r.requestId().toString()))));
        control("{\"delayMillis\":0,\"down\":false}");

        for (var request : requests) {
            probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), request.requestId().toString());
        }
    }

    @Test
    void aRefundGivesTheMoneyBackOnce() {
        var submitted = submitted("FOREIGN_DEGREE_EVALUATION");
        sender.send(submitted);
        String id = submitted.requestId().toString();
        probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), id);
        http.get().uri(pathOf(payOnTheSandbox(authorityOf(id)))).retrieve().toBodilessEntity();
        probe.awaitEvent(EventTypes.PAYMENT_SETTLED.name(), id);

        var refund = new RefundRequested(UUID.randomUUID(), IN_1405, submitted.requestId(), "rejected after review");
        sender.send(refund);
        sender.send(refund);

        var refunded = probe.awaitEvent(EventTypes.PAYMENT_REFUNDED.name(), id);
        assertThat(EventSchemas.violations(refunded.type(), refunded.payload())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> "REFUNDED".equals(status(id)));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> probe.matching(e ->
                e.key().equals(id) && EventTypes.PAYMENT_REFUNDED.name().equals(e.type())).size() == 1);
    }

    @Test
    void staffSeeTheirUniversitysPaymentsOnlyAndOperatorsReconcile() {
        var ours = new RequestSubmitted(UUID.randomUUID(), IN_1405, UUID.randomUUID(), "FOREIGN_DEGREE_EVALUATION",
                IN_1405, "ut", null);
        var theirs = new RequestSubmitted(UUID.randomUUID(), IN_1405, UUID.randomUUID(), "FOREIGN_DEGREE_EVALUATION",
                IN_1405, "sharif", null);
        sender.send(ours);
        sender.send(theirs);
        probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), ours.requestId().toString());
        probe.awaitEvent(EventTypes.PAYMENT_REQUESTED.name(), theirs.requestId().toString());

        assertThat(as(null, "/api/v1/payments").getStatusCode().value()).isEqualTo(401);
        String utList = as(TestTokens.staff("ut"), "/api/v1/payments?size=200").getBody();
        assertThat(utList).contains(ours.requestId().toString()).doesNotContain(theirs.requestId().toString());
        assertThat(as(TestTokens.staff("ut"), "/api/v1/payments/" + theirs.requestId()).getStatusCode().value())
                .isEqualTo(404);
        assertThat(as(TestTokens.staff("sharif"), "/api/v1/payments/" + theirs.requestId()).getBody())
                .contains("\"university\":\"sharif\"");
        assertThat(as(TestTokens.operator(), "/api/v1/payments?size=200").getBody())
                .contains(ours.requestId().toString(), theirs.requestId().toString());

        assertThat(as(TestTokens.staff("ut"), "/api/v1/payments/mismatches").getStatusCode().value()).isEqualTo(403);
        assertThat(as(TestTokens.admin(), "/api/v1/payments/mismatches").getStatusCode().value()).isEqualTo(200);
        var reconciled = http.post().uri("/api/v1/payments/reconciliations?day=2026-11-24")
                .header("Authorization", "Bearer " + TestTokens.operator()).retrieve().toEntity(String.class);
        assertThat(reconciled.getStatusCode().value()).isEqualTo(200);
    }

    private org.springframework.http.ResponseEntity<String> as(String token, String path) {
        var request = http.get().uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.retrieve().toEntity(String.class);
    }

    private String status(String id) {
        Document payment = mongo.findById(id, Document.class, "payments");
        return payment == null ? null : payment.getString("status");
    }

    private String authorityOf(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Document payment = mongo.findById(id, Document.class, "payments");
            return payment != null && payment.getString("authority") != null;
        });
        return mongo.findById(id, Document.class, "payments").getString("authority");
    }

    /** The payer presses "pay" on the sandbox's page; returns where the gateway sends the browser back. */
    private String payOnTheSandbox(String authority) {
        var paid = http.post().uri("/sandbox/zarinpal/pg/StartPay/" + authority)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("action=pay").retrieve()
                .toEntity(String.class);
        assertThat(paid.getStatusCode().value()).isEqualTo(303);
        String location = paid.getHeaders().getLocation().toString();
        assertThat(location).contains("Authority=" + authority, "Status=OK");
        return location;
    }

    private void control(String json) {
        var answer = http.put().uri("/sandbox/zarinpal/control").contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toBodilessEntity();
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("sandbox control answered " + answer.getStatusCode())
                .isTrue();
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static RequestSubmitted submitted(String type) {
        return new RequestSubmitted(UUID.randomUUID(), IN_1405, UUID.randomUUID(), type, IN_1405, null,
                new RequestApproved.TypeName("ارزشنامه مدرک خارجی", "Foreign degree evaluation"));
    }
}
