package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The portal's request pages on Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatContainersTest
class RequestPagesContainersTest extends RequestPagesScenarios {
}
