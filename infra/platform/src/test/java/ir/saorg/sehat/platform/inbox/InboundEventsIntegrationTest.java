package ir.saorg.sehat.platform.inbox;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** InboundEvents scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class InboundEventsIntegrationTest extends InboundEventsScenarios {
}
