package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.access.web.UniversityScope;
import ir.saorg.sehat.request.dates.JalaliDateRange;
import ir.saorg.sehat.request.dates.web.DateRangeParameters;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.query.ListingRequests;
import ir.saorg.sehat.request.query.ListingRequests.Page;
import ir.saorg.sehat.request.query.ListingRequests.TooDeepException;
import ir.saorg.sehat.request.query.RequestFilter;
import ir.saorg.sehat.request.query.StudentKey;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/v1/requests?status=&type=&from=&to=&student=&batch=&university=&page=&size=}: requests newest
 * first, a page at a time. {@code status} and {@code type} repeat (or take commas); {@code from} and {@code to} are
 * Jalali days of submission, both included; {@code student} is a national ID or student number in any digits. Staff
 * see their university's; operators and administrators everyone's, or one university's.
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestListController {

    private final ListingRequests listing;
    private final RequestTypeCatalogue types;

    RequestListController(ListingRequests listing, RequestTypeCatalogue types) {
        this.listing = listing;
        this.types = types;
    }

    /** One page: its rows, and whether another follows. */
    record RequestPage(List<RequestRow> items, int page, int size, boolean hasNext) {
    }

    @GetMapping
    RequestPage list(@RequestParam(name = "status", required = false) List<String> status,
                     @RequestParam(name = "type", required = false) List<String> type,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String student, @RequestParam(required = false) String batch,
                     @RequestParam(required = false) String university,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "" + ListingRequests.DEFAULT_SIZE) int size,
                     @AuthenticationPrincipal Jwt caller) {
        Page found = page(new Asked(status, type, from, to, student, batch, university), page, size, caller);
        return new RequestPage(found.items().stream().map(RequestRow::of).toList(), found.page(), found.size(),
                found.hasNext());
    }

    /** What a caller asked a listing for, as typed: the API's query parameters, or the portal's filter form. */
    record Asked(List<String> status, List<String> type, String from, String to, String student, String batch,
                 String university) {
    }

    /** One page of the requests a caller asked for and may see; every malformed criterion is a problem. */
    Page page(Asked asked, int page, int size, Jwt caller) {
        String scope = UniversityScope.of(caller, asked.university());
        JalaliDateRange range = DateRangeParameters.optional(asked.from(), asked.to());
        if (page < 0 || size < 1 || size > ListingRequests.MAX_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "invalid-page", ListingRequests.MAX_SIZE);
        }
        var filter = new RequestFilter(scope, statuses(asked.status()), types(asked.type()), range.start(),
                range.end(), student(asked.student()),
                asked.batch() == null || asked.batch().isBlank() ? null : asked.batch().strip());
        try {
            return listing.list(filter, page, size);
        } catch (TooDeepException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, "page-too-deep", ListingRequests.MAX_DEPTH);
        }
    }

    private static Set<RequestStatus> statuses(List<String> asked) {
        Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
        for (String name : values(asked)) {
            try {
                statuses.add(RequestStatus.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new Problem(HttpStatus.BAD_REQUEST, "unknown-status", name)
                        .with("knownStatuses", Arrays.stream(RequestStatus.values()).map(Enum::name).toList());
            }
        }
        return statuses;
    }

    private Set<String> types(List<String> asked) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : values(asked)) {
            if (types.current(code).isEmpty()) {
                throw new Problem(HttpStatus.BAD_REQUEST, "unknown-type", code)
                        .with("knownTypes", types.all().stream().map(RequestType::code).toList());
            }
            codes.add(code);
        }
        return codes;
    }

    private static String student(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return StudentKey.of(typed).orElseThrow(() -> new Problem(HttpStatus.BAD_REQUEST, "invalid-student"));
    }

    private static List<String> values(List<String> asked) {
        return asked == null ? List.of() : asked.stream().map(value -> value.strip().toUpperCase(Locale.ROOT))
                .filter(value -> !value.isEmpty()).toList();
    }
}
