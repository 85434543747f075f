package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import ir.saorg.sehat.request.types.WritingGuideTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Publishes each request type's guide, so that a client can build a valid request from it alone: every type at its
 * current version ({@code GET /api/v1/request-types}), one type with its fields ({@code .../{code}}), and the guide as
 * a file to fill in for bulk submission ({@code .../{code}/template.csv}, {@code .../{code}/template.xlsx}). No login
 * is needed. Each answer carries an ETag (a type's is its version) and {@code Cache-Control: no-cache}, so a client
 * (or a cache) may keep it and ask again with {@code If-None-Match}, getting 304 while nothing changed.
 */
@RestController
@RequestMapping("/api/v1/request-types")
class RequestTypesController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Kept, but asked about again each time: the ETag makes the asking cheap, and a change shows at once. */
    private static final CacheControl REVALIDATE = CacheControl.noCache();

    private final RequestTypeCatalogue types;

    RequestTypesController(RequestTypeCatalogue types) {
        this.types = types;
    }

    @GetMapping
    ResponseEntity<List<RequestType>> all() {
        List<RequestType> all = types.all();
        return ResponseEntity.ok().cacheControl(REVALIDATE).eTag(listTag(all)).body(all);
    }

    @GetMapping("/{code}")
    ResponseEntity<RequestType> one(@PathVariable String code) {
        RequestType type = current(code);
        return ResponseEntity.ok().cacheControl(REVALIDATE).eTag(VersionTags.of(type.version())).body(type);
    }

    @GetMapping("/{code}/template.csv")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String code) {
        return template(code, CSV, "csv", WritingGuideTemplate::csv);
    }

    @GetMapping("/{code}/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable String code) {
        return template(code, XLSX, "xlsx", WritingGuideTemplate::xlsx);
    }

    private ResponseEntity<byte[]> template(String code, MediaType mediaType, String extension,
                                            Function<RequestType, byte[]> writer) {
        RequestType type = current(code);
        return ResponseEntity.ok().contentType(mediaType).cacheControl(REVALIDATE).eTag(VersionTags.of(type.version()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(type.code() + "-v" + type.version() + "." + extension).build().toString())
                .body(writer.apply(type));
    }

    private RequestType current(String code) {
        return types.current(code).orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "unknown-request-type", code));
    }

    /** The list changes exactly when a type is added or gets a new version. */
    private static String listTag(List<RequestType> all) {
        var versions = new StringBuilder();
        all.forEach(type -> versions.append(type.code()).append('/').append(type.version()).append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(versions.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
