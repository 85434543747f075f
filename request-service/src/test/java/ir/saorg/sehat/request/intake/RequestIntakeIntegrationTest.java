package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.platform.testing.SehatIntegrationTest;

/** RequestIntake scenarios on an in-process KRaft broker and an in-process MongoDB-wire-protocol server. */
@SehatIntegrationTest
class RequestIntakeIntegrationTest extends RequestIntakeScenarios {
}
