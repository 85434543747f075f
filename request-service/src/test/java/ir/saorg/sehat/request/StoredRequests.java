package ir.saorg.sehat.request;

import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.request.lifecycle.IssuedCode;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Requests as the store would hold them at some point of their lives, for tests that read them back. */
public final class StoredRequests {

    private String university;
    private String type = "ENROLMENT_CERTIFICATE";
    private RequestStatus status = RequestStatus.SUBMITTED;
    private Instant submittedAt = Instant.now();
    private Duration target = Duration.ofDays(2);
    private Instant initialResultAt;
    private Instant resultAnnouncedAt;
    private Instant slaBreachedAt;
    private String nationalId = TestStudents.nationalId();
    private String studentNumber = String.valueOf(ThreadLocalRandom.current().nextLong(4_000_000_000L, 4_999_999_999L));
    private String fullName = "زهرا احمدی";
    private IssuedCode code;
    private String batchId;

    private StoredRequests(String university) {
        this.university = university;
    }

    public static StoredRequests of(String university) {
        return new StoredRequests(university);
    }

    public StoredRequests type(String type) {
        this.type = type;
        return this;
    }

    public StoredRequests status(RequestStatus status) {
        this.status = status;
        return this;
    }

    public StoredRequests submittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
        return this;
    }

    public StoredRequests target(Duration target) {
        this.target = target;
        return this;
    }

    /** The initial result this long after submission. */
    public StoredRequests initialResultAfter(Duration after) {
        this.initialResultAt = submittedAt.plus(after);
        return this;
    }

    /** The result announced this long after submission. */
    public StoredRequests announcedAfter(Duration after) {
        this.resultAnnouncedAt = submittedAt.plus(after);
        return this;
    }

    public StoredRequests slaBreachedAt(Instant at) {
        this.slaBreachedAt = at;
        return this;
    }

    public StoredRequests student(String nationalId, String studentNumber, String fullName) {
        this.nationalId = nationalId;
        this.studentNumber = studentNumber;
        this.fullName = fullName;
        return this;
    }

    public StoredRequests code(String digits) {
        this.code = new IssuedCode(digits, submittedAt, submittedAt.plus(Duration.ofDays(180)));
        return this;
    }

    public StoredRequests batch(String batchId) {
        this.batchId = batchId;
        return this;
    }

    public Request build() {
        return new Request(UUID.randomUUID().toString(), type, 1, university, "staff." + university,
                Map.of("nationalId", nationalId, "studentNumber", studentNumber, "fullName", fullName), status,
                submittedAt, submittedAt.plus(target), null, null, null, code, initialResultAt, resultAnnouncedAt,
                slaBreachedAt, null, null, null, batchId,
                List.of(new TimelineEntry(RequestStatus.SUBMITTED.name(), submittedAt, "staff." + university, null)));
    }
}
