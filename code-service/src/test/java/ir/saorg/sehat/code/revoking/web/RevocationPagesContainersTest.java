package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The operator's code pages on Kafka and a MongoDB replica set in containers; skipped without Docker. */
@SehatContainersTest
class RevocationPagesContainersTest extends RevocationPagesScenarios {
}
