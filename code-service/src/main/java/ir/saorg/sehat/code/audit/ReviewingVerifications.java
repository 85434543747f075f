package ir.saorg.sehat.code.audit;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.verification.VerificationResult;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff see when and how often their university's codes were verified; operators and administrators every code's,
 * with the clients' fingerprints. A code of another university is answered as unknown, so staff cannot even learn
 * that it exists.
 */
public class ReviewingVerifications {

    /** The longest summary: a year and a day, enough for any Jalali year. */
    public static final int MAX_DAYS = 366;
    /** A summary without dates covers the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    private final Codes codes;
    private final VerificationLog log;
    private final Universities universities;
    private final Clock clock;

    public ReviewingVerifications(Codes codes, VerificationLog log, Universities universities, Clock clock) {
        this.codes = codes;
        this.log = log;
        this.universities = universities;
        this.clock = clock;
    }

    /**
     * @throws ir.saorg.sehat.code.format.MalformedCodeException when the input cannot be a code
     * @throws UnknownCodeException                             when no such code exists for this viewer
     */
    public VerificationHistory history(String input, Viewer viewer, int page, int size) {
        VerificationCode code = VerificationCode.parse(input);
        codes.byCode(code.digits()).filter(issued -> viewer.reaches(issued.university()))
                .orElseThrow(UnknownCodeException::new);
        VerificationLog.Page found = log.ofCode(code.digits(), page, size);
        return new VerificationHistory(code.display(), found.total(), page, size, found.items().stream()
                .map(entry -> new VerificationHistory.Item(entry.at(), JalaliDay.at(entry.at()).toString(),
                        entry.result(), entry.fullDetail(), viewer.seesClients() ? entry.client() : null))
                .toList());
    }

    /**
     * @param from       the first day, or null for 30 days before {@code to}
     * @param to         the last day (included), or null for today in Tehran
     * @param university for operators and administrators, one university's codes only; ignored for staff, who see
     *                   their own
     * @throws InvalidRangeException when {@code from} is after {@code to} or the range is longer than a year and a day
     */
    public VerificationSummary summary(JalaliDay from, JalaliDay to, String university, Viewer viewer) {
        JalaliDay last = to != null ? to : JalaliDay.at(clock.instant());
        JalaliDay first = from != null ? from : last.plusDays(1 - DEFAULT_DAYS);
        if (first.compareTo(last) > 0 || first.plusDays(MAX_DAYS - 1).compareTo(last) < 0) {
            throw new InvalidRangeException();
        }
        String scope = viewer.everyUniversity() ? blankToNull(university) : viewer.university();
        if (!viewer.everyUniversity() && scope == null) {
            return summarise(first, last, null, false, List.of());
        }
        return summarise(first, last, scope, scope == null,
                log.tally(first.start(), last.plusDays(1).start(), scope));
    }

    private VerificationSummary summarise(JalaliDay first, JalaliDay last, String scope, boolean everyUniversity,
                                          List<VerificationLog.Tally> tallies) {
        Map<String, Counting> byType = new LinkedHashMap<>();
        long unknownCodes = 0;
        for (VerificationLog.Tally tally : tallies) {
            if (tally.documentType() == null) {
                unknownCodes += tally.count();
            } else {
                byType.computeIfAbsent(tally.documentType(), type -> new Counting()).add(tally);
            }
        }
        List<VerificationSummary.DocumentType> types = new ArrayList<>();
        byType.forEach((type, counting) -> types.add(counting.of(type)));
        types.sort(Comparator.comparingLong(VerificationSummary.DocumentType::count).reversed()
                .thenComparing(VerificationSummary.DocumentType::documentType));
        return new VerificationSummary(first.toString(), last.toString(), universities.named(scope),
                types.stream().mapToLong(VerificationSummary.DocumentType::count).sum(),
                types.stream().mapToLong(VerificationSummary.DocumentType::fullDetail).sum(), types,
                everyUniversity ? (Long) unknownCodes : null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final class Counting {
        private long count;
        private long fullDetail;
        private final Map<VerificationResult, Long> byResult = new EnumMap<>(VerificationResult.class);

        Counting() {
            for (VerificationResult result : VerificationResult.values()) {
                byResult.put(result, 0L);
            }
        }

        void add(VerificationLog.Tally tally) {
            count += tally.count();
            fullDetail += tally.fullDetail() ? tally.count() : 0;
            byResult.merge(tally.result(), tally.count(), Long::sum);
        }

        VerificationSummary.DocumentType of(String type) {
            return new VerificationSummary.DocumentType(type, count, fullDetail, byResult);
        }
    }

    /** No such code, or not one of the viewer's university. */
    public static class UnknownCodeException extends RuntimeException {
        UnknownCodeException() {
            super("unknown code");
        }
    }

    /** The first day is after the last, or the range is longer than {@link #MAX_DAYS}. */
    public static class InvalidRangeException extends RuntimeException {
        InvalidRangeException() {
            super("invalid range");
        }
    }
}
