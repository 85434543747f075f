package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes in an uploaded bulk file. Everything that concerns the file as a whole is checked now, while the staff member
 * waits: the type exists and its call is open, the file is readable, not too long, and its header names the type's
 * fields. A refused file leaves nothing behind. An accepted one is stored and queued; its rows are checked and
 * submitted afterwards. The same file uploaded again by the same university for the same type is the same batch (and
 * is taken again if that batch FAILED).
 */
public class ReceivingBatch {

    private static final int MAX_FILE_NAME = 200;

    private final Batches batches;
    private final BatchFiles files;
    private final BatchQueue queue;
    private final RequestTypeCatalogue types;
    private final BulkSettings settings;
    private final Clock clock;

    public ReceivingBatch(Batches batches, BatchFiles files, BatchQueue queue, RequestTypeCatalogue types,
                          BulkSettings settings, Clock clock) {
        this.batches = batches;
        this.files = files;
        this.queue = queue;
        this.types = types;
        this.settings = settings;
        this.clock = clock;
    }

    /** The batch, and whether it existed already (the same file was uploaded before). */
    public record Received(Batch batch, boolean replayed) {
    }

    /**
     * @throws UnknownRequestTypeException when no such type exists
     * @throws CallClosedException         when the type's call is not open now
     * @throws BadFileException            when the file cannot be read or is too long
     * @throws BadHeadersException         when the header row does not name the type's fields
     */
    public Received receive(String typeCode, String fileName, byte[] content, Submitter who) {
        RequestType type = types.current(typeCode).orElseThrow(() -> new UnknownRequestTypeException(typeCode));
        String checksum = sha256(content);
        String id = idOf(who.university(), type.code(), checksum);
        Optional<Batch> existing = batches.find(id);
        if (existing.isPresent() && existing.get().status() != BatchStatus.FAILED) {
            return new Received(existing.get(), true);
        }
        Instant now = clock.instant();
        type.openWindowAt(now).orElseThrow(() -> new CallClosedException(type, type.lastWindowBefore(now).orElse(null),
                type.nextWindowAfter(now).orElse(null)));
        BulkFile file = BulkFile.read(content, settings.maxRows(), settings.maxColumns());
        Columns.of(type, file.header());
        existing.ifPresent(failed -> files.delete(failed.fileId()));
        String fileId = files.store(id, content);
        if (existing.isPresent()) {
            return new Received(again(existing.get(), file, fileId, now), false);
        }
        Batch batch = Batch.received(id, who.university(), who.subject(), type.code(), shortened(fileName), file,
                checksum, content.length, fileId, now);
        if (!batches.insert(batch)) {
            files.delete(fileId);
            return new Received(batches.find(id).orElseThrow(), true);
        }
        queue.enqueue(id);
        return new Received(batch, false);
    }

    /**
     * A file whose batch FAILED is taken again as that batch, in the name of whoever first uploaded it: its rows keep
     * their idempotency keys, so the requests it made before are found, not made twice.
     */
    private Batch again(Batch failed, BulkFile file, String fileId, Instant now) {
        Batch batch = Batch.received(failed.id(), failed.university(), failed.submittedBy(), failed.type(),
                failed.fileName(), file, failed.checksum(), failed.sizeBytes(), fileId, now);
        batches.save(batch);
        queue.enqueue(batch.id());
        return batch;
    }

    /** One id per university, type and file content. */
    static String idOf(String university, String type, String checksum) {
        return UUID.nameUUIDFromBytes((university + "\n" + type + "\n" + checksum).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String shortened(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "";
        }
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        return base.length() > MAX_FILE_NAME ? base.substring(0, MAX_FILE_NAME) : base;
    }
}
