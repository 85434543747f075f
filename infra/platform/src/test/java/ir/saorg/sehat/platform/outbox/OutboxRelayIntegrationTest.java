package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** OutboxRelay scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class OutboxRelayIntegrationTest extends OutboxRelayScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
