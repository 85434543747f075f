package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.platform.testing.SehatServerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Webhooks on an in-process KRaft broker and MongoDB-wire-protocol server, to subscribers on loopback. */
@SehatServerIntegrationTest
class WebhookIntegrationTest extends WebhookScenarios {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Override
    protected String brokers() {
        return broker.getBrokersAsString();
    }
}
