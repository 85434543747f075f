package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** PaymentDecision scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class PaymentDecisionIntegrationTest extends PaymentDecisionScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
