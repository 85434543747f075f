package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.platform.testing.SehatServerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Announcing on an in-process KRaft broker, the in-process MongoDB-wire-protocol server, GreenMail and real HTTP. */
@SehatServerIntegrationTest
class AnnouncingIntegrationTest extends AnnouncingScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
