package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.bulk.ReceivingBatch.Received;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.web.Submitters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;

/**
 * {@code POST /api/v1/requests/batches}: a staff member uploads a CSV or XLSX file ({@code multipart/form-data}, part
 * {@code file}) of one request type ({@code type}, a form field or a query parameter). 202 with the batch and where
 * to follow it; the same file uploaded again answers 200 with the batch it already is
 * ({@code Idempotent-Replayed: true}). A file that cannot be taken as a whole is refused with a problem, and nothing
 * of it is kept.
 */
@RestController
class BatchUploadController {

    private final BatchUploads uploads;
    private final VisibleBatches visible;

    BatchUploadController(BatchUploads uploads, VisibleBatches visible) {
        this.uploads = uploads;
        this.visible = visible;
    }

    @PostMapping(BatchPaths.BATCHES)
    ResponseEntity<BatchView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                     @RequestParam(name = "type", required = false) String type,
                                     @AuthenticationPrincipal Jwt staff) {
        Submitter submitter = Submitters.of(staff);
        if (type == null || type.isBlank()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "missing-type");
        }
        if (file == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "bulk-file-missing");
        }
        Received received = uploads.receive(type.strip(), file, submitter);
        URI location = URI.create(BatchPaths.of(received.batch().id()));
        BatchView body = visible.view(received.batch());
        return received.replayed()
                ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body)
                : ResponseEntity.accepted().location(location).body(body);
    }
}
