package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.lifecycle.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessingBatchTest {

    static final String TYPE = "ENROLMENT_CERTIFICATE";
    static final Submitter STAFF = new Submitter("staff.ut", "ut");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    InMemoryBulk bulk = new InMemoryBulk(clock, InMemoryBulk.settings(2));

    @AfterEach
    void stopWorkers() {
        bulk.close();
    }

    @Test
    void submitsTheValidRowsAndRecordsWhyTheOthersWereRefused() {
        String first = TestStudents.nationalId();
        String batchId = received("""
                nationalId,studentNumber,fullName
                %s,40111,زهرا احمدی
                %s,40112,"=HYPERLINK(""http://evil"",""x"")"
                %s,40113,علی رضایی
                %s,40114,زهرا احمدی
                """.formatted(first, TestStudents.nationalId(), TestStudents.nationalId(), first));

        assertThat(bulk.processing.process(batchId)).isTrue();

        Batch batch = bulk.batches.find(batchId).orElseThrow();
        assertThat(batch.status()).isEqualTo(BatchStatus.DONE);
        assertThat(List.of(batch.rowsRead(), batch.accepted(), batch.rejected())).containsExactly(4, 2, 2);
        assertThat(batch.finishedAt()).isEqualTo(clock.instant());
        assertThat(bulk.rowErrors.of(batchId)).extracting(RowError::row, RowError::field, RowError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "fullName", "field.persian-text"),
                        org.assertj.core.groups.Tuple.tuple(5, "nationalId", "row.duplicate-student"));
        assertThat(bulk.rowErrors.of(batchId).get(0).value()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(bulk.requests.values()).extracting(Request::batchId).containsOnly(batchId);
        assertThat(bulk.requests.values()).extracting(Request::idempotencyKey)
                .containsExactlyInAnyOrder("staff.ut:bulk:" + batchId + ":2", "staff.ut:bulk:" + batchId + ":4");
    }

    @Test
    void reportsItsProgressEveryFewRowsWhileItRuns() {
        var csv = new StringBuilder("nationalId,studentNumber,fullName\n");
        for (int i = 0; i < 7; i++) {
            csv.append(TestStudents.nationalId()).append(",4011").append(i).append(",زهرا احمدی\n");
        }
        String batchId = received(csv.toString());

        bulk.processing.process(batchId);

        List<String> reports = bulk.batches.saved.stream()
                .map(b -> b.status() + " " + b.rowsRead() + "/" + b.accepted() + "/" + b.rejected()).toList();
        assertThat(reports).containsExactly("VALIDATING 0/0/0", "VALIDATING 2/0/0", "VALIDATING 4/0/0",
                "VALIDATING 6/0/0", "SUBMITTING 7/0/0", "SUBMITTING 7/2/0", "SUBMITTING 7/4/0", "SUBMITTING 7/6/0",
                "SUBMITTING 7/7/0", "DONE 7/7/0");
        assertThat(bulk.batches.saved.subList(0, 9)).allSatisfy(b ->
                assertThat(b.claimedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2))));
    }

    @Test
    void refusesARowWhoseStudentAlreadyHasAnOpenRequestAndNamesIt() {
        String student = TestStudents.nationalId();
        var open = bulk.submitting.submit(new SubmitRequest(TYPE, Map.of("nationalId", student,
                "studentNumber", "1", "fullName", "زهرا احمدی")), STAFF, null, null).request();
        String batchId = received("nationalId,studentNumber,fullName\n" + student + ",40111,زهرا احمدی\n");

        bulk.processing.process(batchId);

        assertThat(bulk.rowErrors.of(batchId)).singleElement().satisfies(error -> {
            assertThat(error.key()).isEqualTo("row.open-request");
            assertThat(error.arguments()).containsExactly(open.id());
            assertThat(error.row()).isEqualTo(2);
        });
        assertThat(bulk.batches.find(batchId).orElseThrow().rejected()).isEqualTo(1);
    }

    @Test
    void takingUpABatchAgainAfterACrashMakesNoSecondRequestAndNoSecondError() {
        String batchId = received("""
                nationalId,studentNumber,fullName
                %s,40111,زهرا احمدی
                %s,40112,Zahra
                %s,40113,علی رضایی
                """.formatted(TestStudents.nationalId(), TestStudents.nationalId(), TestStudents.nationalId()));
        bulk.processing.process(batchId);
        Batch done = bulk.batches.find(batchId).orElseThrow();
        bulk.batches.save(new Batch(done.id(), done.university(), done.submittedBy(), done.type(), done.fileName(),
                done.format(), done.encoding(), done.checksum(), done.sizeBytes(), done.fileId(), done.totalRows(),
                BatchStatus.SUBMITTING, 3, 1, 1, done.receivedAt(), done.startedAt(), done.validatedAt(), null,
                clock.instant().plus(Duration.ofMinutes(2)), null));

        assertThat(bulk.processing.process(batchId)).as("held by the worker that crashed").isFalse();
        clock.advance(Duration.ofMinutes(3));
        assertThat(bulk.processing.process(batchId)).isTrue();

        Batch again = bulk.batches.find(batchId).orElseThrow();
        assertThat(again.status()).isEqualTo(BatchStatus.DONE);
        assertThat(List.of(again.accepted(), again.rejected())).containsExactly(2, 1);
        assertThat(bulk.requests).hasSize(2);
        assertThat(bulk.rowErrors.of(batchId)).hasSize(1);
    }

    @Test
    void leavesAFinishedBatchAlone() {
        String batchId = received("nationalId,studentNumber,fullName\n" + TestStudents.nationalId()
                + ",40111,زهرا احمدی\n");
        bulk.processing.process(batchId);
        int saves = bulk.batches.saved.size();

        assertThat(bulk.processing.process(batchId)).isFalse();
        assertThat(bulk.batches.saved).hasSize(saves);
    }

    @Test
    void failsABatchWhoseFileIsGone() {
        String batchId = received("nationalId,studentNumber,fullName\n" + TestStudents.nationalId()
                + ",40111,زهرا احمدی\n");
        bulk.files.stored.clear();

        bulk.processing.process(batchId);

        Batch batch = bulk.batches.find(batchId).orElseThrow();
        assertThat(batch.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(batch.failure()).isEqualTo("bulk-file-lost");
        assertThat(bulk.requests).isEmpty();
    }

    @Test
    void theSameFileUploadedAfterItsBatchFailedIsTakenAgainWithoutDuplicates() {
        String csv = "nationalId,studentNumber,fullName\n" + TestStudents.nationalId() + ",40111,زهرا احمدی\n"
                + TestStudents.nationalId() + ",40112,علی رضایی\n";
        String batchId = received(csv);
        bulk.processing.process(batchId);
        bulk.files.stored.clear();
        Batch done = bulk.batches.find(batchId).orElseThrow();
        bulk.batches.save(done.failed("bulk-file-lost", clock.instant()));

        var again = bulk.receiving.receive(TYPE, "again.csv", csv.getBytes(StandardCharsets.UTF_8),
                new Submitter("staff.ut.other", "ut"));
        bulk.processing.process(batchId);

        assertThat(again.replayed()).isFalse();
        assertThat(again.batch().id()).isEqualTo(batchId);
        assertThat(again.batch().submittedBy()).isEqualTo("staff.ut");
        Batch batch = bulk.batches.find(batchId).orElseThrow();
        assertThat(batch.status()).isEqualTo(BatchStatus.DONE);
        assertThat(batch.accepted()).isEqualTo(2);
        assertThat(bulk.requests).hasSize(2);
    }

    private String received(String csv) {
        return bulk.receiving.receive(TYPE, "students.csv", csv.getBytes(StandardCharsets.UTF_8), STAFF).batch().id();
    }
}
