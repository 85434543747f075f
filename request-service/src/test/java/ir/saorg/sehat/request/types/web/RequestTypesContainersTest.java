package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The same request type scenarios on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class RequestTypesContainersTest extends RequestTypesScenarios {
}
