package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestPropertySource(properties = {
        "sehat.payment.tariffs.1405.EDUCATIONAL_CONFIRMATION=0",
        "sehat.payment.tariffs.1405.FOREIGN_DEGREE_EVALUATION=2500000"})
abstract class PaymentDecisionScenarios extends EventFlowScenarios {

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.PAYMENT_EVENTS};
    }

    static final Instant IN_1405 = Instant.parse("2026-11-24T08:15:30Z");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RequestingPayment deciding;

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
    void recordsWhatIsDueAndWaivesNothingWhenATariffExists() {
        var submitted = submitted("FOREIGN_DEGREE_EVALUATION");
        sender.send(submitted);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.findById(submitted.requestId().toString(), Document.class, "payments") != null);
        Document payment = mongo.findById(submitted.requestId().toString(), Document.class, "payments");
        assertThat(payment.getString("status")).isEqualTo("DUE");
        assertThat(payment.getLong("amountRials")).isEqualTo(2_500_000L);
        assertThat(probe.matching(e -> e.key().equals(submitted.requestId().toString()))).isEmpty();
    }

    private static RequestSubmitted submitted(String type) {
        return new RequestSubmitted(UUID.randomUUID(), IN_1405, UUID.randomUUID(), type, IN_1405);
    }
}
