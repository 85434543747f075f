package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.types.DefiningRequestType;
import ir.saorg.sehat.request.types.DefiningRequestType.Saved;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeDefinition;
import ir.saorg.sehat.request.types.RequestTypeVersions;
import ir.saorg.sehat.request.types.TypeVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * Operators define request types ({@link RequestTypeAccess}): {@code POST /api/v1/request-types} creates one as
 * version 1; {@code PUT /api/v1/request-types/{code}} stores a change as the next version, and must name the version
 * it was made from in {@code If-Match} (the ETag of {@code GET .../{code}}): 412 when another change came first, 428
 * without it. {@code GET .../{code}/versions} lists every version, {@code .../versions/{n}} shows one as requests
 * submitted under it saw it. A definition that breaks the rules is refused with every problem listed.
 */
@RestController
@RequestMapping("/api/v1/request-types")
class RequestTypeChangesController {

    private final DefiningRequestType defining;
    private final RequestTypeVersions versions;

    RequestTypeChangesController(DefiningRequestType defining, RequestTypeVersions versions) {
        this.defining = defining;
        this.versions = versions;
    }

    /** One version in a type's history. */
    record VersionSummary(int version, String nameFa, String nameEn, Instant savedAt, String savedBy, String href) {

        static VersionSummary of(TypeVersion saved) {
            RequestType type = saved.type();
            return new VersionSummary(type.version(), type.nameFa(), type.nameEn(), saved.savedAt(), saved.savedBy(),
                    "/api/v1/request-types/" + type.code() + "/versions/" + type.version());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestType> create(@RequestBody RequestTypeDefinition definition,
                                       @AuthenticationPrincipal Jwt operator) {
        Saved saved = RequestTypeProblems.answering(
                () -> defining.create(definition, RequestTypeProblems.operatorOf(operator)));
        RequestType type = saved.version().type();
        return ResponseEntity.created(URI.create("/api/v1/request-types/" + type.code()))
                .eTag(VersionTags.of(type.version())).body(type);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestType> change(@PathVariable String code, @RequestBody RequestTypeDefinition definition,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @AuthenticationPrincipal Jwt operator) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new Problem(HttpStatus.PRECONDITION_REQUIRED, "request-type-version-required", code);
        }
        var basedOn = new HashSet<>(VersionTags.named(ifMatch));
        Saved saved = RequestTypeProblems.answering(
                () -> defining.change(code, basedOn, definition, RequestTypeProblems.operatorOf(operator)));
        RequestType type = saved.version().type();
        return ResponseEntity.ok().eTag(VersionTags.of(type.version()))
                .header(HttpHeaders.CONTENT_LOCATION, "/api/v1/request-types/" + code + "/versions/" + type.version())
                .body(type);
    }

    @GetMapping("/{code}/versions")
    List<VersionSummary> versionsOf(@PathVariable String code) {
        List<TypeVersion> history = versions.historyOf(code);
        if (history.isEmpty()) {
            throw new Problem(HttpStatus.NOT_FOUND, "unknown-request-type", code);
        }
        return history.stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    ResponseEntity<RequestType> version(@PathVariable String code, @PathVariable int version) {
        TypeVersion saved = versions.find(code, version).orElseThrow(() -> versions.latest(code).isPresent()
                ? new Problem(HttpStatus.NOT_FOUND, "request-type-version-not-found", code, version)
                : new Problem(HttpStatus.NOT_FOUND, "unknown-request-type", code));
        return ResponseEntity.ok().eTag(VersionTags.of(version)).lastModified(saved.savedAt()).body(saved.type());
    }
}
