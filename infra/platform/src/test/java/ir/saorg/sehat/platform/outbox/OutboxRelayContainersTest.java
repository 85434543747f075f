package ir.saorg.sehat.platform.outbox;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same OutboxRelay scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class OutboxRelayContainersTest extends OutboxRelayScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
