package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.platform.testing.SehatContainersTest;

/** The operator's tariff pages on Kafka and a MongoDB replica set in containers; skipped without Docker. */
@SehatContainersTest
class TariffPagesContainersTest extends TariffPagesScenarios {
}
