package ir.saorg.sehat.request.bulk;

import java.time.Instant;

/**
 * One uploaded bulk file and how far its rows have got.
 *
 * @param id           derived from the university, the type and the file's SHA-256: the same file uploaded again is
 *                     the same batch
 * @param university   the uploading staff member's university
 * @param submittedBy  the staff member; the requests are submitted in their name
 * @param type         the request type's code every row asks for
 * @param fileName     the name the file was uploaded under, for people
 * @param format       CSV or XLSX
 * @param encoding     the character set a CSV was read in ({@code UTF-8}, {@code UTF-8 BOM}, {@code windows-1256});
 *                     null for XLSX
 * @param checksum     the file's SHA-256, hex
 * @param sizeBytes    the file's size
 * @param fileId       where the raw file is stored
 * @param totalRows    the data rows the file holds (blank rows not counted)
 * @param status       where the batch stands
 * @param rowsRead     rows checked so far
 * @param accepted     rows that became requests so far
 * @param rejected     rows refused so far, each with its errors in the error report
 * @param receivedAt   when the file was uploaded
 * @param startedAt    when its rows were first read
 * @param validatedAt  when every row had been checked (it moved on to SUBMITTING)
 * @param finishedAt   when it became DONE or FAILED
 * @param claimedUntil until when one worker holds it; a worker that died lets go when this passes
 * @param failure      why it FAILED (a problem slug); null otherwise
 */
public record Batch(String id, String university, String submittedBy, String type, String fileName, FileFormat format,
                    String encoding, String checksum, long sizeBytes, String fileId, int totalRows, BatchStatus status,
                    int rowsRead, int accepted, int rejected, Instant receivedAt, Instant startedAt,
                    Instant validatedAt, Instant finishedAt, Instant claimedUntil, String failure) {

    static Batch received(String id, String university, String submittedBy, String type, String fileName,
                          BulkFile file, String checksum, long sizeBytes, String fileId, Instant now) {
        return new Batch(id, university, submittedBy, type, fileName, file.format(), file.encoding(), checksum,
                sizeBytes, fileId, file.rows().size(), BatchStatus.RECEIVED, 0, 0, 0, now, null, null, null, null,
                null);
    }

    Batch progressed(BatchStatus to, Tally tally, Instant now, Instant claimedUntil) {
        Instant validated = to == BatchStatus.VALIDATING ? null : validatedAt == null ? now : validatedAt;
        return new Batch(id, university, submittedBy, type, fileName, format, encoding, checksum, sizeBytes, fileId,
                totalRows, to, tally.read(), tally.accepted(), tally.rejected(), receivedAt,
                startedAt == null ? tally.startedAt() : startedAt, validated, finishedAt, claimedUntil, failure);
    }

    Batch done(Tally tally, Instant now) {
        return new Batch(id, university, submittedBy, type, fileName, format, encoding, checksum, sizeBytes, fileId,
                totalRows, BatchStatus.DONE, tally.read(), tally.accepted(), tally.rejected(), receivedAt,
                startedAt == null ? tally.startedAt() : startedAt, validatedAt == null ? now : validatedAt, now, null,
                null);
    }

    Batch failed(String slug, Instant now) {
        return new Batch(id, university, submittedBy, type, fileName, format, encoding, checksum, sizeBytes, fileId,
                totalRows, BatchStatus.FAILED, rowsRead, accepted, rejected, receivedAt, startedAt, validatedAt, now,
                null, slug);
    }

    Batch retryAfter(Instant moment) {
        return new Batch(id, university, submittedBy, type, fileName, format, encoding, checksum, sizeBytes, fileId,
                totalRows, status, rowsRead, accepted, rejected, receivedAt, startedAt, validatedAt, finishedAt, moment,
                failure);
    }

    /** The counters while a batch runs. */
    record Tally(int read, int accepted, int rejected, Instant startedAt) {
    }
}
