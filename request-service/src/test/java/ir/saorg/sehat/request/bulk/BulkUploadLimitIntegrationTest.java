package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.platform.testing.SehatServerIntegrationTest;

/** Upload limits on a real server port, with an in-process broker and MongoDB-wire-protocol server. */
@SehatServerIntegrationTest
class BulkUploadLimitIntegrationTest extends BulkUploadLimitScenarios {
}
