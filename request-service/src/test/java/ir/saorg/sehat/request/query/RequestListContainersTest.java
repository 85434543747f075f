package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same RequestList scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class RequestListContainersTest extends RequestListScenarios {
}
