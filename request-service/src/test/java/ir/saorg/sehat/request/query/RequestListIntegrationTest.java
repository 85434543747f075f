package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** RequestList scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class RequestListIntegrationTest extends RequestListScenarios {
}
