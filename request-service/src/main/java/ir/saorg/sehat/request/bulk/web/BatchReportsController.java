package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.request.bulk.Batch;
import ir.saorg.sehat.request.bulk.BatchReports;
import ir.saorg.sehat.request.bulk.CsvTable;
import ir.saorg.sehat.request.bulk.Table;
import ir.saorg.sehat.request.bulk.XlsxTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A batch's reports as CSV (UTF-8 with BOM) or XLSX: {@code errors.*} lists every refused row with its reasons in
 * Persian and English, {@code codes.*} every request the batch made with its code once issued. While the batch runs
 * they show what is done so far.
 */
@RestController
class BatchReportsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BatchReports reports;
    private final VisibleBatches visible;

    BatchReportsController(BatchReports reports, VisibleBatches visible) {
        this.reports = reports;
        this.visible = visible;
    }

    @GetMapping(BatchPaths.BATCHES + "/{id}/errors.csv")
    ResponseEntity<byte[]> errorsCsv(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        Batch batch = visible.find(id, caller);
        return download(CsvTable.write(reports.errors(batch.id())), CSV, "errors-" + batch.id() + ".csv");
    }

    @GetMapping(BatchPaths.BATCHES + "/{id}/errors.xlsx")
    ResponseEntity<byte[]> errorsXlsx(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        Batch batch = visible.find(id, caller);
        return download(XlsxTable.write(reports.errors(batch.id()), "errors"), XLSX,
                "errors-" + batch.id() + ".xlsx");
    }

    @GetMapping(BatchPaths.BATCHES + "/{id}/codes.csv")
    ResponseEntity<byte[]> codesCsv(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        Batch batch = visible.find(id, caller);
        return download(CsvTable.write(reports.codes(batch.id())), CSV, "codes-" + batch.id() + ".csv");
    }

    @GetMapping(BatchPaths.BATCHES + "/{id}/codes.xlsx")
    ResponseEntity<byte[]> codesXlsx(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        Batch batch = visible.find(id, caller);
        Table codes = reports.codes(batch.id());
        return download(XlsxTable.write(codes, "codes"), XLSX, "codes-" + batch.id() + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
