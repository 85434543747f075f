package ir.saorg.sehat.request;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same RequestActions scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class RequestActionsContainersTest extends RequestActionsScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
