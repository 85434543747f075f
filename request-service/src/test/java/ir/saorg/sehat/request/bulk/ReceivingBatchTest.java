package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivingBatchTest {

    static final String TYPE = "ENROLMENT_CERTIFICATE";
    static final byte[] FILE = "nationalId,studentNumber,fullName\n0499370899,40111,زهرا احمدی\n"
            .getBytes(StandardCharsets.UTF_8);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    final InMemoryBulk bulk = new InMemoryBulk(clock, new BulkSettings(3, 100, 500, java.time.Duration.ofMinutes(2)));

    @AfterEach
    void stopWorkers() {
        bulk.close();
    }

    @Test
    void storesTheFileAndQueuesItsBatch() {
        var received = bulk.receiving.receive(TYPE, "C:\\Users\\me\\students.csv", FILE, new Submitter("s", "ut"));

        Batch batch = received.batch();
        assertThat(received.replayed()).isFalse();
        assertThat(batch.status()).isEqualTo(BatchStatus.RECEIVED);
        assertThat(batch.fileName()).isEqualTo("students.csv");
        assertThat(batch.totalRows()).isEqualTo(1);
        assertThat(batch.encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(batch.checksum()).hasSize(64);
        assertThat(bulk.files.read(batch.fileId())).hasValue(FILE);
        assertThat(bulk.queued).containsExactly(batch.id());
    }

    @Test
    void theSameFileAgainIsTheSameBatchForTheSameUniversityAndType() {
        Batch first = bulk.receiving.receive(TYPE, "a.csv", FILE, new Submitter("s", "ut")).batch();

        var again = bulk.receiving.receive(TYPE, "b.csv", FILE.clone(), new Submitter("another", "ut"));
        Batch elsewhere = bulk.receiving.receive(TYPE, "a.csv", FILE, new Submitter("s", "sharif")).batch();

        assertThat(again.replayed()).isTrue();
        assertThat(again.batch().id()).isEqualTo(first.id());
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
        assertThat(bulk.files.stored).hasSize(2);
        assertThat(bulk.queued).containsExactly(first.id(), elsewhere.id());
    }

    @Test
    void keepsNothingOfARefusedFile() {
        byte[] wrongHeaders = "name,code\nزهرا,0499370899\n".getBytes(StandardCharsets.UTF_8);
        byte[] tooLong = ("nationalId,studentNumber,fullName\n" + "0499370899,1,زهرا\n".repeat(4))
                .getBytes(StandardCharsets.UTF_8);
        var who = new Submitter("s", "ut");

        assertThatThrownBy(() -> bulk.receiving.receive(TYPE, "a.csv", wrongHeaders, who))
                .isInstanceOf(BadHeadersException.class);
        assertThatThrownBy(() -> bulk.receiving.receive(TYPE, "a.csv", tooLong, who))
                .hasMessageContaining("bulk-file-too-many-rows");
        assertThatThrownBy(() -> bulk.receiving.receive("PASSPORT", "a.csv", FILE, who))
                .isInstanceOf(UnknownRequestTypeException.class);
        assertThatThrownBy(() -> bulk.receiving.receive(TYPE, "a.csv", new byte[0], who))
                .hasMessageContaining("bulk-file-empty");
        assertThatThrownBy(() -> bulk.receiving.receive(TYPE, "a.csv", "nationalId,studentNumber,fullName\n\n"
                .getBytes(StandardCharsets.UTF_8), who)).hasMessageContaining("bulk-file-no-rows");
        assertThat(bulk.files.stored).isEmpty();
        assertThat(bulk.batches.stored).isEmpty();
        assertThat(bulk.queued).isEmpty();
    }
}
