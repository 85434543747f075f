package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.platform.testing.SehatContainers;
import ir.saorg.sehat.platform.testing.SehatServerContainersTest;

/** The same payment scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatServerContainersTest
class PaymentFlowContainersTest extends PaymentFlowScenarios {

    @Override
    protected String brokers() {
        return SehatContainers.kafkaBootstrap();
    }
}
