package ir.saorg.sehat.code.audit.web;

import ir.saorg.sehat.code.audit.JalaliDay;
import ir.saorg.sehat.code.audit.ReviewingVerifications;
import ir.saorg.sehat.code.audit.VerificationHistory;
import ir.saorg.sehat.code.audit.VerificationLog;
import ir.saorg.sehat.code.audit.VerificationSummary;
import ir.saorg.sehat.code.audit.Viewer;
import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.verification.web.VerificationController;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * {@code GET /api/v1/codes/{code}/verifications?page=0&size=20}: when and how a code was verified, newest first;
 * {@code GET /api/v1/verifications/summary?from=1405-09-01&to=1405-09-30}: how often, per document type. Staff see
 * their university's codes, operators and administrators all ({@link VerificationHistoryAccess}).
 */
@RestController
class VerificationHistoryController {

    static final int MAX_PAGE_SIZE = 100;

    private final ReviewingVerifications reviewing;

    VerificationHistoryController(Codes codes, VerificationLog log, Universities universities) {
        this.reviewing = new ReviewingVerifications(codes, log, universities, Clock.systemUTC());
    }

    @GetMapping("/api/v1/codes/{code}/verifications")
    VerificationHistory history(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Jwt caller) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "verification-paging", MAX_PAGE_SIZE);
        }
        try {
            return reviewing.history(code, viewer(caller), page, size);
        } catch (MalformedCodeException malformed) {
            throw new Problem(HttpStatus.BAD_REQUEST, VerificationController.slugFor(malformed));
        } catch (ReviewingVerifications.UnknownCodeException unknown) {
            throw new Problem(HttpStatus.NOT_FOUND, "code-not-found");
        }
    }

    /**
     * @param from       the first Jalali day ({@code 1405-09-01}, Persian digits welcome); default 30 days before to
     * @param to         the last Jalali day, included; default today in Tehran
     * @param university operators and administrators: one university only (staff always see their own)
     */
    @GetMapping("/api/v1/verifications/summary")
    VerificationSummary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String university,
                                @AuthenticationPrincipal Jwt caller) {
        try {
            return reviewing.summary(day("from", from), day("to", to), university, viewer(caller));
        } catch (ReviewingVerifications.InvalidRangeException invalid) {
            throw new Problem(HttpStatus.BAD_REQUEST, "summary-range-invalid", ReviewingVerifications.MAX_DAYS);
        }
    }

    private static JalaliDay day(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JalaliDay.parse(text);
        } catch (JalaliDay.MalformedJalaliDayException malformed) {
            throw new Problem(HttpStatus.BAD_REQUEST, "jalali-day-malformed").with("parameter", parameter);
        }
    }

    private static Viewer viewer(Jwt caller) {
        return SehatRoles.seesEveryUniversity(caller) ? Viewer.organisation()
                : Viewer.staffOf(SehatRoles.university(caller));
    }
}
