package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** The operator's code pages on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class RevocationPagesIntegrationTest extends RevocationPagesScenarios {
}
