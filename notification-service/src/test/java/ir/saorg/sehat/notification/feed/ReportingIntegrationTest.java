package ir.saorg.sehat.notification.feed;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Reporting scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class ReportingIntegrationTest extends ReportingScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
