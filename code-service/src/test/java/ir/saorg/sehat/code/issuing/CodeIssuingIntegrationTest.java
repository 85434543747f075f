package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** CodeIssuing scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class CodeIssuingIntegrationTest extends CodeIssuingScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
