package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.platform.testing.SehatServerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** payment scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatServerIntegrationTest
class PaymentFlowIntegrationTest extends PaymentFlowScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
