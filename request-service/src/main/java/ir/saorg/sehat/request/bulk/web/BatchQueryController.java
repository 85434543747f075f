package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.request.bulk.Batches;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/requests/batches}: the caller's university's batches, newest first, a page at a time (operators
 * and administrators see every university's); {@code GET /api/v1/requests/batches/{id}}: one batch and its progress.
 */
@RestController
class BatchQueryController {

    private static final int MAX_PAGE_SIZE = 100;

    private final Batches batches;
    private final VisibleBatches visible;

    BatchQueryController(Batches batches, VisibleBatches visible) {
        this.batches = batches;
        this.visible = visible;
    }

    /** One page of batches and how many there are in all. */
    record BatchPage(List<BatchView> items, int page, int size, long total) {
    }

    @GetMapping(BatchPaths.BATCHES)
    BatchPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                   @AuthenticationPrincipal Jwt caller) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "invalid-page", MAX_PAGE_SIZE);
        }
        String university = VisibleBatches.scopeOf(caller);
        if (university == null && !SehatRoles.seesEveryUniversity(caller)) {
            throw new Problem(HttpStatus.FORBIDDEN, "no-university");
        }
        List<BatchView> items = batches.newestFirst(university, page, size).stream().map(visible::view).toList();
        return new BatchPage(items, page, size, batches.count(university));
    }

    @GetMapping(BatchPaths.BATCHES + "/{id}")
    BatchView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
        return visible.view(visible.find(id, caller));
    }
}
