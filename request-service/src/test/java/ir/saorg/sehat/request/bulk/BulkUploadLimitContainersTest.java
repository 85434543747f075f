package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.platform.testing.SehatServerContainersTest;

/** The same upload limits with Kafka and a MongoDB replica set in containers; skipped where Docker is absent. */
@SehatServerContainersTest
class BulkUploadLimitContainersTest extends BulkUploadLimitScenarios {
}
