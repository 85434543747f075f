package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same CodeIssuing scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class CodeIssuingContainersTest extends CodeIssuingScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
