package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same RequestIntake scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class RequestIntakeContainersTest extends RequestIntakeScenarios {
}
