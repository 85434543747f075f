package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** The operator's tariff pages on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class TariffPagesIntegrationTest extends TariffPagesScenarios {
}
