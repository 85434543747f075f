package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same dispute scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class DisputeContainersTest extends DisputeScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
