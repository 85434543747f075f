package ir.saorg.sehat.platform.inbox;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same InboundEvents scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class InboundEventsContainersTest extends InboundEventsScenarios {
}
