package ir.saorg.sehat.notification.webhooks;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatServerContainersTest;

/** The same webhook scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatServerContainersTest
class WebhookContainersTest extends WebhookScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
