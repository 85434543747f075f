package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.payment.tariff.TariffFile;
import ir.saorg.sehat.payment.tariff.TariffFileError;
import ir.saorg.sehat.payment.tariff.TariffFileRules;
import ir.saorg.sehat.payment.tariff.TariffFileTooLargeException;
import ir.saorg.sehat.payment.tariff.TariffHistory;
import ir.saorg.sehat.payment.tariff.TariffTable;
import ir.saorg.sehat.payment.tariff.TariffTables;
import ir.saorg.sehat.payment.tariff.UploadingTariffTable;
import ir.saorg.sehat.payment.tariff.WritingTariffCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Operators' tariff tables. {@code PUT /api/v1/tariffs/{fiscalYear}} uploads a year's whole table (CSV or JSON as the
 * body, or a multipart part {@code file}); {@code GET /api/v1/tariffs} lists every year's current table,
 * {@code GET /api/v1/tariffs/{fiscalYear}} one year's, {@code .../history} every version of it with its change, and
 * {@code GET /api/v1/tariffs/{fiscalYear}.csv} downloads the current table. Uploading takes an operator's token
 * ({@code TariffAccess}); its subject is recorded as the uploader.
 */
@RestController
@RequestMapping("/api/v1/tariffs")
class TariffTablesController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final UploadingTariffTable uploading;
    private final TariffTables tables;
    private final TariffFileRules rules;

    TariffTablesController(UploadingTariffTable uploading, TariffTables tables, TariffFileRules rules) {
        this.uploading = uploading;
        this.tables = tables;
        this.rules = rules;
    }

    @PutMapping(path = "/{fiscalYear}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TariffTableView> uploadPart(@PathVariable String fiscalYear,
                                               @RequestPart(name = "file", required = false) MultipartFile file,
                                               @AuthenticationPrincipal Jwt operator)
            throws IOException {
        int year = uploadableYear(fiscalYear);
        if (file == null) {
            throw TariffProblems.invalidFile(
                    List.of(new TariffFileError(0, "file", "tariff.file-part-missing", List.of())));
        }
        if (file.getSize() > rules.maxFileBytes()) {
            throw TariffProblems.tooLarge(new TariffFileTooLargeException(file.getSize(), rules.maxFileBytes()));
        }
        return upload(year, new TariffFile(file.getBytes(), file.getOriginalFilename(), file.getContentType()),
                operator);
    }

    /** Any other body: {@code text/csv}, {@code application/json}, or anything whose content says which. */
    @PutMapping(path = "/{fiscalYear}")
    ResponseEntity<TariffTableView> uploadBody(@PathVariable String fiscalYear,
                                               @RequestBody(required = false) byte[] body,
                                               @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                               String contentType,
                                               @AuthenticationPrincipal Jwt operator) {
        int year = uploadableYear(fiscalYear);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            // A form body is taken apart into parameters before it gets here (curl --data-binary sends one by default).
            throw TariffProblems.invalidFile(
                    List.of(new TariffFileError(0, "file", "tariff.file-form-encoded", List.of())));
        }
        return upload(year, new TariffFile(body, null, contentType), operator);
    }

    @GetMapping
    List<TariffTableView> everyYear() {
        return tables.currentOfEveryYear().stream().map(TariffTableView::of).toList();
    }

    @GetMapping("/{fiscalYear}")
    TariffTableView currentOf(@PathVariable String fiscalYear) {
        return TariffTableView.of(current(yearOf(fiscalYear)));
    }

    @GetMapping("/{fiscalYear}/history")
    List<TariffTableView> historyOf(@PathVariable String fiscalYear) {
        int year = yearOf(fiscalYear);
        TariffHistory history = tables.historyOf(year);
        if (history.isEmpty()) {
            throw TariffProblems.notFound(year);
        }
        return history.versions().stream().map(TariffTableView::of).toList();
    }

    @GetMapping("/{fiscalYear}.csv")
    ResponseEntity<byte[]> csvOf(@PathVariable String fiscalYear) {
        TariffTable table = current(yearOf(fiscalYear));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tariffs-" + table.fiscalYear() + "-v" + table.version() + ".csv").build().toString())
                .body(WritingTariffCsv.write(table));
    }

    private ResponseEntity<TariffTableView> upload(int year, TariffFile file, Jwt operator) {
        UploadingTariffTable.Upload upload = TariffProblems.answering(
                () -> uploading.upload(year, file, TariffProblems.uploader(operator)));
        TariffTableView view = TariffTableView.of(upload.table());
        return upload.created()
                ? ResponseEntity.created(URI.create("/api/v1/tariffs/" + year)).body(view)
                : ResponseEntity.ok(view);
    }

    private TariffTable current(int year) {
        return tables.historyOf(year).current().orElseThrow(() -> TariffProblems.notFound(year));
    }

    private int uploadableYear(String text) {
        return TariffProblems.uploadableYear(uploading, text);
    }

    private int yearOf(String text) {
        return TariffProblems.yearOf(uploading, text);
    }
}
