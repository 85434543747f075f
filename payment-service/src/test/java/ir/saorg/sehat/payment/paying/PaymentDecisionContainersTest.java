package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same PaymentDecision scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class PaymentDecisionContainersTest extends PaymentDecisionScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
