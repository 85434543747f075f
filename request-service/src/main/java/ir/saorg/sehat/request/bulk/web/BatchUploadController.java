package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.platform.text.JalaliDates;
import ir.saorg.sehat.request.bulk.BadFileException;
import ir.saorg.sehat.request.bulk.BadHeadersException;
import ir.saorg.sehat.request.bulk.ReceivingBatch;
import ir.saorg.sehat.request.bulk.ReceivingBatch.Received;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/requests/batches}: a staff member uploads a CSV or XLSX file ({@code multipart/form-data}, part
 * {@code file}) of one request type ({@code type}, a form field or a query parameter). 202 with the batch and where
 * to follow it; the same file uploaded again answers 200 with the batch it already is
 * ({@code Idempotent-Replayed: true}). A file that cannot be taken as a whole is refused with a problem, and nothing
 * of it is kept.
 */
@RestController
class BatchUploadController {

    private final ReceivingBatch receiving;
    private final RequestTypeCatalogue types;
    private final VisibleBatches visible;

    BatchUploadController(ReceivingBatch receiving, RequestTypeCatalogue types, VisibleBatches visible) {
        this.receiving = receiving;
        this.types = types;
        this.visible = visible;
    }

    @PostMapping(BatchPaths.BATCHES)
    ResponseEntity<BatchView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                     @RequestParam(name = "type", required = false) String type,
                                     @AuthenticationPrincipal Jwt staff) {
        String university = SehatRoles.university(staff);
        if (university == null || university.isBlank()) {
            throw new Problem(HttpStatus.FORBIDDEN, "no-university");
        }
        if (type == null || type.isBlank()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "missing-type");
        }
        if (file == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "bulk-file-missing");
        }
        Received received = received(type.strip(), file, new Submitter(staff.getSubject(), university));
        URI location = URI.create(BatchPaths.of(received.batch().id()));
        BatchView body = visible.view(received.batch());
        return received.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body)
                : ResponseEntity.accepted().location(location).body(body);
    }

    private Received received(String type, MultipartFile file, Submitter who) {
        try {
            return receiving.receive(type, file.getOriginalFilename(), file.getBytes(), who);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnknownRequestTypeException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-request-type", type)
                    .with("knownTypes", types.all().stream().map(RequestType::code).toList());
        } catch (CallClosedException e) {
            throw callClosed(e);
        } catch (BadFileException e) {
            HttpStatus status = "bulk-file-too-many-rows".equals(e.slug()) ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            throw new Problem(status, e.slug(), e.arguments().toArray());
        } catch (BadHeadersException e) {
            throw badHeaders(e);
        }
    }

    private static Problem badHeaders(BadHeadersException e) {
        List<FieldProblem> errors = new ArrayList<>();
        e.unknown().forEach(name -> errors.add(FieldProblem.of(name, "header.unknown", name)));
        e.duplicate().forEach(name -> errors.add(FieldProblem.of(name, "header.duplicate", name)));
        e.missing().forEach(name -> errors.add(FieldProblem.of(name, "header.missing", name)));
        e.unnamed().forEach(column -> errors.add(FieldProblem.of(String.valueOf(column), "header.unnamed",
                String.valueOf(column))));
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "bulk-file-headers", String.join(", ", e.expected()))
                .with("expectedColumns", e.expected()).with("unknownColumns", e.unknown())
                .with("duplicateColumns", e.duplicate()).with("missingColumns", e.missing())
                .with("unnamedColumns", e.unnamed()).with("errors", errors);
    }

    private static Problem callClosed(CallClosedException e) {
        CallWindow last = e.last();
        CallWindow next = e.next();
        if (next != null) {
            return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "call-not-open", e.type().nameFa(),
                    e.type().nameEn(), JalaliDates.persian(next.opensAt()), JalaliDates.english(next.opensAt()),
                    JalaliDates.persian(next.closesAt()), JalaliDates.english(next.closesAt()))
                    .with("opensAt", next.opensAt()).with("closesAt", next.closesAt());
        }
        var problem = new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "call-ended", e.type().nameFa(),
                e.type().nameEn(), last == null ? "" : JalaliDates.persian(last.closesAt()),
                last == null ? "" : JalaliDates.english(last.closesAt()));
        return last == null ? problem : problem.with("closedAt", last.closesAt());
    }
}
