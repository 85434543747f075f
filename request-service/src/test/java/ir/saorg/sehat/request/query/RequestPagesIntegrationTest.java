package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** The portal's request pages on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class RequestPagesIntegrationTest extends RequestPagesScenarios {
}
