package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The operator's request type pages on Kafka and a MongoDB replica set in containers; skipped without Docker. */
@SehatContainersTest
class RequestTypePagesContainersTest extends RequestTypePagesScenarios {
}
