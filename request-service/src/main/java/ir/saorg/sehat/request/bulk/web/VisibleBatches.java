package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.platform.security.SehatRoles;
import ir.saorg.sehat.request.bulk.Batch;
import ir.saorg.sehat.request.bulk.BatchRequests;
import ir.saorg.sehat.request.bulk.Batches;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The batches a caller may see: staff their own university's, operators and administrators every one. Any other is
 * answered as if it did not exist.
 */
@Component
class VisibleBatches {

    private final Batches batches;
    private final BatchRequests requests;
    private final MessageSource messages = ProblemDetailsAdvice.messages();

    VisibleBatches(Batches batches, BatchRequests requests) {
        this.batches = batches;
        this.requests = requests;
    }

    Batch find(UUID id, Jwt caller) {
        return batches.find(id.toString()).filter(batch -> visibleTo(batch, caller))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "batch-not-found", id));
    }

    BatchView view(Batch batch) {
        String failure = batch.failure() == null ? null
                : messages.getMessage(batch.failure() + ".detail", new Object[] {batch.type()}, batch.failure(),
                LocaleContextHolder.getLocale());
        return BatchView.of(batch, requests.codesIssued(batch.id()), failure);
    }

    /** The university a caller's listings are limited to; null for operators and administrators (all). */
    static String scopeOf(Jwt caller) {
        return SehatRoles.seesEveryUniversity(caller) ? null : SehatRoles.university(caller);
    }

    private static boolean visibleTo(Batch batch, Jwt caller) {
        if (caller == null) {
            return false;
        }
        if (SehatRoles.seesEveryUniversity(caller)) {
            return true;
        }
        String university = SehatRoles.university(caller);
        return university != null && university.equals(batch.university());
    }
}
