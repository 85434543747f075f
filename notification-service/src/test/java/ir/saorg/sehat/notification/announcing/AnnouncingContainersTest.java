package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatServerContainersTest;

/** The same announcing scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatServerContainersTest
class AnnouncingContainersTest extends AnnouncingScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
