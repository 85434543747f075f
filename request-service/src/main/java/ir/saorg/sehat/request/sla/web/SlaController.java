package ir.saorg.sehat.request.sla.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.access.web.UniversityScope;
import ir.saorg.sehat.request.dates.JalaliDateRange;
import ir.saorg.sehat.request.dates.web.DateRangeParameters;
import ir.saorg.sehat.request.sla.MeasuringSla;
import ir.saorg.sehat.request.sla.MeasuringSla.TooManyToMeasureException;
import ir.saorg.sehat.request.sla.SlaScope;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/v1/sla?from=1403/07/01&to=1403/07/30[&type=…][&university=…]}: the agreement's figures per type
 * over the requests submitted on those Tehran days (both included, at most one Jalali year). Staff get their own
 * university's; operators and administrators everyone's, or one university's.
 */
@RestController
class SlaController {

    private final MeasuringSla measuring;
    private final RequestTypeCatalogue types;

    SlaController(MeasuringSla measuring, RequestTypeCatalogue types) {
        this.measuring = measuring;
        this.types = types;
    }

    @GetMapping("/api/v1/sla")
    SlaReportView report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(name = "type", required = false) List<String> type,
                         @RequestParam(required = false) String university, @AuthenticationPrincipal Jwt caller) {
        String scope = UniversityScope.of(caller, university);
        JalaliDateRange range = DateRangeParameters.required(from, to);
        try {
            return SlaReportView.of(range, scope, measuring.measure(new SlaScope(range.start(), range.end(), scope,
                    knownTypes(type))));
        } catch (TooManyToMeasureException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "sla-range-too-large", e.limit())
                    .with("limit", e.limit());
        }
    }

    private Set<String> knownTypes(List<String> asked) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : asked == null ? List.<String>of() : asked) {
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            if (types.current(wanted).isEmpty()) {
                throw new Problem(HttpStatus.BAD_REQUEST, "unknown-type", code)
                        .with("knownTypes", types.all().stream().map(RequestType::code).toList());
            }
            codes.add(wanted);
        }
        return codes;
    }
}
