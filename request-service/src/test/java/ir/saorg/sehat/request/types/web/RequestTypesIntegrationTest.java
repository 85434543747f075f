package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** Request type scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class RequestTypesIntegrationTest extends RequestTypesScenarios {
}
