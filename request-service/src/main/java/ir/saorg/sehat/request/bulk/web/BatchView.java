package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.request.bulk.Batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A batch as staff follow it. While it runs, {@code rowsRead} climbs to {@code totalRows} (VALIDATING), then
 * {@code accepted} and {@code rejected} add up to it (SUBMITTING, DONE); {@code codesIssued} counts its requests that
 * have their code. {@code failure} (a problem slug) and {@code failureDetail} say why a FAILED batch stopped.
 */
record BatchView(String id, String type, String status, String fileName, String format, String encoding,
                 String checksum, long sizeBytes, int totalRows, int rowsRead, int accepted, int rejected,
                 long codesIssued, String university, String submittedBy, Instant receivedAt, Instant startedAt,
                 Instant validatedAt, Instant finishedAt, String failure, String failureDetail,
                 Map<String, String> links) {

    static BatchView of(Batch batch, long codesIssued, String failureDetail) {
        String self = BatchPaths.of(batch.id());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("errorsCsv", self + "/errors.csv");
        links.put("errorsXlsx", self + "/errors.xlsx");
        links.put("codesCsv", self + "/codes.csv");
        links.put("codesXlsx", self + "/codes.xlsx");
        return new BatchView(batch.id(), batch.type(), batch.status().name(), batch.fileName(),
                batch.format().name(), batch.encoding(), batch.checksum(), batch.sizeBytes(), batch.totalRows(),
                batch.rowsRead(), batch.accepted(), batch.rejected(), codesIssued, batch.university(),
                batch.submittedBy(), batch.receivedAt(), batch.startedAt(), batch.validatedAt(), batch.finishedAt(),
                batch.failure(), failureDetail, links);
    }
}
