package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** The operator's request type pages on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class RequestTypePagesIntegrationTest extends RequestTypePagesScenarios {
}
