package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.portal.PortalPage;
import ir.saorg.sehat.request.bulk.BatchStatus;
import ir.saorg.sehat.request.bulk.ReceivingBatch.Received;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.web.Submitters;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.UUID;

/**
 * Bulk files from the portal: upload one ({@code /requests/batches/new}) and watch it be checked and submitted
 * ({@code /requests/batches/{id}}, which refreshes itself until the batch is done), with its reports to download.
 */
@PortalPage
class BatchPages {

    private final BatchUploads uploads;
    private final VisibleBatches visible;
    private final RequestTypeCatalogue types;
    private final ProblemDetailsAdvice problems;

    BatchPages(BatchUploads uploads, VisibleBatches visible, RequestTypeCatalogue types,
               ProblemDetailsAdvice problems) {
        this.uploads = uploads;
        this.visible = visible;
        this.types = types;
        this.problems = problems;
    }

    @GetMapping("/requests/batches/new")
    String form(@RequestParam(required = false) String type, Model model) {
        model.addAttribute("types", types.all());
        model.addAttribute("chosen", type);
        return "requests/batches/new";
    }

    @PostMapping("/requests/batches/new")
    String upload(@RequestParam(required = false) String type,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal Jwt staff, Model model, HttpServletResponse response) {
        try {
            Submitter submitter = Submitters.of(staff);
            if (type == null || type.isBlank()) {
                throw new Problem(HttpStatus.BAD_REQUEST, "missing-type");
            }
            if (file == null || file.isEmpty()) {
                throw new Problem(HttpStatus.BAD_REQUEST, "bulk-file-missing");
            }
            Received received = uploads.receive(type.strip(), file, submitter);
            return "redirect:/requests/batches/" + received.batch().id();
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problems.describe(problem));
            return form(type, model);
        }
    }

    @GetMapping("/requests/batches/{id:[0-9a-fA-F-]{36}}")
    String progress(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller, Model model) {
        var batch = visible.find(id, caller);
        model.addAttribute("batch", visible.view(batch));
        model.addAttribute("running", batch.status() != BatchStatus.DONE && batch.status() != BatchStatus.FAILED);
        model.addAttribute("type", types.current(batch.type()).orElse(null));
        return "requests/batches/progress";
    }
}
