package ir.saorg.sehat.code.audit;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.university.University;
import ir.saorg.sehat.code.verification.VerificationAudit;
import ir.saorg.sehat.code.verification.VerificationResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static ir.saorg.sehat.code.verification.VerificationResult.EXPIRED;
import static ir.saorg.sehat.code.verification.VerificationResult.UNKNOWN;
import static ir.saorg.sehat.code.verification.VerificationResult.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewingVerificationsTest {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final JalaliDay TODAY = new JalaliDay(1405, 9, 4);

    final InMemoryCodes codes = new InMemoryCodes();
    final List<VerificationAudit.Entry> entries = new ArrayList<>();
    final SplittableRandom random = new SplittableRandom(9);
    final ReviewingVerifications reviewing = new ReviewingVerifications(codes, new ListedLog(entries),
            new Universities(Map.of("ut", new Universities.Names("دانشگاه تهران", "University of Tehran"))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void staffSeeTheirCodesVerificationsNewestFirstWithoutClients() {
        String code = issue("ut", "ENROLMENT_CERTIFICATE");
        verified(code, NOW.minusSeconds(60), VALID, false, "ENROLMENT_CERTIFICATE", "ut");
        verified(code, NOW.minusSeconds(30), VALID, true, "ENROLMENT_CERTIFICATE", "ut");
        verified(code, NOW.minusSeconds(10), UNKNOWN, false, "ENROLMENT_CERTIFICATE", "ut");

        VerificationHistory history = reviewing.history(code, Viewer.staffOf("ut"), 0, 2);

        assertThat(history.total()).isEqualTo(3);
        assertThat(history.items()).extracting(VerificationHistory.Item::result).containsExactly(UNKNOWN, VALID);
        assertThat(history.items()).extracting(VerificationHistory.Item::client).containsOnlyNulls();
        assertThat(history.items().get(1).fullDetail()).isTrue();
        assertThat(history.items().getFirst().atJalali()).isEqualTo("1405-09-04");
        assertThat(reviewing.history(code, Viewer.staffOf("ut"), 1, 2).items()).hasSize(1);
        assertThat(reviewing.history(code, Viewer.organisation(), 0, 20).items())
                .extracting(VerificationHistory.Item::client).doesNotContainNull();
    }

    @Test
    void anotherUniversitysCodeOrAStaffTokenWithoutOneIsAnsweredAsUnknown() {
        String code = issue("ut", "ENROLMENT_CERTIFICATE");

        assertThatThrownBy(() -> reviewing.history(code, Viewer.staffOf("sharif"), 0, 20))
                .isInstanceOf(ReviewingVerifications.UnknownCodeException.class);
        assertThatThrownBy(() -> reviewing.history(code, Viewer.staffOf(null), 0, 20))
                .isInstanceOf(ReviewingVerifications.UnknownCodeException.class);
        assertThatThrownBy(() -> reviewing.history(VerificationCode.generate(random).digits(), Viewer.organisation(), 0, 20))
                .isInstanceOf(ReviewingVerifications.UnknownCodeException.class);
    }

    @Test
    void summarisesPerDocumentTypeOverJalaliDaysForTheStaffsUniversityOnly() {
        verified("a", NOW, VALID, false, "ENROLMENT_CERTIFICATE", "ut");
        verified("a", NOW, VALID, true, "ENROLMENT_CERTIFICATE", "ut");
        verified("b", NOW, EXPIRED, false, "EDUCATIONAL_CONFIRMATION", "ut");
        verified("c", NOW, VALID, false, "ENROLMENT_CERTIFICATE", "sharif");
        verified("d", NOW, UNKNOWN, false, null, null);
        verified("a", TODAY.start().minusSeconds(1), VALID, false, "ENROLMENT_CERTIFICATE", "ut");
        verified("a", TODAY.plusDays(1).start(), VALID, false, "ENROLMENT_CERTIFICATE", "ut");

        VerificationSummary summary = reviewing.summary(TODAY, TODAY, "sharif", Viewer.staffOf("ut"));

        assertThat(summary.university()).isEqualTo(new University("ut", "دانشگاه تهران", "University of Tehran"));
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.fullDetail()).isEqualTo(1);
        assertThat(summary.unknownCodes()).isNull();
        assertThat(summary.documentTypes()).extracting(VerificationSummary.DocumentType::documentType)
                .containsExactly("ENROLMENT_CERTIFICATE", "EDUCATIONAL_CONFIRMATION");
        assertThat(summary.documentTypes().getFirst().byResult())
                .isEqualTo(Map.of(VALID, 2L, EXPIRED, 0L, VerificationResult.REVOKED, 0L, UNKNOWN, 0L));
    }

    @Test
    void operatorsSummariseEveryUniversityWithGuessesOrOneUniversity() {
        verified("a", NOW, VALID, false, "ENROLMENT_CERTIFICATE", "ut");
        verified("c", NOW, VALID, false, "ENROLMENT_CERTIFICATE", "sharif");
        verified("d", NOW, UNKNOWN, false, null, null);

        VerificationSummary all = reviewing.summary(null, null, null, Viewer.organisation());
        VerificationSummary sharif = reviewing.summary(null, null, "sharif", Viewer.organisation());

        assertThat(all.from()).isEqualTo("1405-08-05");
        assertThat(all.to()).isEqualTo("1405-09-04");
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.unknownCodes()).isEqualTo(1);
        assertThat(all.university()).isNull();
        assertThat(sharif.total()).isEqualTo(1);
        assertThat(sharif.unknownCodes()).isNull();
    }

    @Test
    void aStaffTokenWithoutAUniversitySummarisesNothing() {
        verified("a", NOW, VALID, false, "ENROLMENT_CERTIFICATE", "ut");

        VerificationSummary summary = reviewing.summary(TODAY, TODAY, null, Viewer.staffOf(null));

        assertThat(summary.total()).isZero();
        assertThat(summary.documentTypes()).isEmpty();
        assertThat(summary.unknownCodes()).isNull();
    }

    @Test
    void refusesARangeBackwardsOrLongerThanAYearAndADay() {
        assertThatThrownBy(() -> reviewing.summary(TODAY, TODAY.plusDays(-1), null, Viewer.organisation()))
                .isInstanceOf(ReviewingVerifications.InvalidRangeException.class);
        assertThatThrownBy(() -> reviewing.summary(TODAY, TODAY.plusDays(366), null, Viewer.organisation()))
                .isInstanceOf(ReviewingVerifications.InvalidRangeException.class);
        assertThat(reviewing.summary(TODAY, TODAY.plusDays(365), null, Viewer.organisation()).total()).isZero();
    }

    private String issue(String university, String type) {
        String digits = VerificationCode.generate(random).digits();
        codes.stored.put(digits, new IssuedCode(digits, "r-" + digits, type,
                new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), NOW, NOW.plus(Duration.ofDays(180)),
                null, null, null, university, null));
        return digits;
    }

    private void verified(String code, Instant at, VerificationResult result, boolean full, String type,
                          String university) {
        entries.add(new VerificationAudit.Entry(code, at, result, full, "client-" + entries.size(), type, university));
    }

    /** The log over a list, answering as the store does. */
    record ListedLog(List<VerificationAudit.Entry> entries) implements VerificationLog {

        @Override
        public Page ofCode(String digits, int page, int size) {
            List<VerificationAudit.Entry> ofCode = entries.stream().filter(e -> e.code().equals(digits))
                    .sorted(Comparator.comparing(VerificationAudit.Entry::at).reversed()).toList();
            return new Page(ofCode.stream().skip((long) page * size).limit(size).toList(), ofCode.size());
        }

        @Override
        public List<Tally> tally(Instant from, Instant to, String university) {
            return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                    .filter(e -> university == null || university.equals(e.university()))
                    .collect(Collectors.groupingBy(e -> List.of(String.valueOf(e.documentType()), e.result(),
                            e.fullDetail()), Collectors.counting()))
                    .entrySet().stream().map(e -> new Tally("null".equals(e.getKey().get(0)) ? null
                            : (String) e.getKey().get(0), (VerificationResult) e.getKey().get(1),
                            (Boolean) e.getKey().get(2), e.getValue())).toList();
        }
    }
}
