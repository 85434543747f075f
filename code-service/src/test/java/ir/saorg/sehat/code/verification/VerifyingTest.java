package ir.saorg.sehat.code.verification;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.university.University;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifyingTest {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final String HOLDER_ID = "0499370899";
    static final Universities UNIVERSITIES = new Universities(
            Map.of("ut", new Universities.Names("دانشگاه تهران", "University of Tehran")));

    final InMemoryCodes codes = new InMemoryCodes();
    final Map<String, IssuedCode> stored = codes.stored;
    final List<VerificationAudit.Entry> audited = new ArrayList<>();
    final SplittableRandom random = new SplittableRandom(4);

    Verifying verifying(int perClient, int perCode, Instant now) {
        return new Verifying(codes, new VerificationLimits(perClient, perCode), audited::add, UNIVERSITIES,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void showsTheLeastThatServesForACodeAlone() {
        String code = issue(NOW.plus(Duration.ofDays(30)));

        Verification answer = verifying(60, 30, NOW).withCodeAlone(code, "client-a");

        assertThat(answer.result()).isEqualTo(VerificationResult.VALID);
        assertThat(answer.fullDetail()).isFalse();
        assertThat(answer.documentType()).isEqualTo("ENROLMENT_CERTIFICATE");
        assertThat(answer.holder().name()).isEqualTo("ز*** ا***");
        assertThat(answer.holder().studentNumber()).isNull();
        assertThat(answer.holder().maskedNationalId()).isNull();
        assertThat(answer.university()).isEqualTo(new University("ut", "دانشگاه تهران", "University of Tehran"));
    }

    @Test
    void namesAUniversityTheDirectoryDoesNotKnowByItsCode() {
        String code = issue(NOW.plus(Duration.ofDays(30)), "kmu");

        assertThat(verifying(60, 30, NOW).withCodeAlone(code, "client-a").university())
                .isEqualTo(new University("kmu", "kmu", "kmu"));
        assertThat(verifying(60, 30, NOW).withCodeAlone(issue(NOW.plus(Duration.ofDays(30)), null), "client-a")
                .university()).isNull();
    }

    @Test
    void showsTheFullRecordToWhoeverKnowsTheHoldersNationalIdInAnyDigits() {
        String code = issue(NOW.plus(Duration.ofDays(30)));

        Verification answer = verifying(60, 30, NOW).withHolder(code, "۰۴۹۹۳۷۰۸۹۹", "client-a");

        assertThat(answer.fullDetail()).isTrue();
        assertThat(answer.holder()).isEqualTo(new Verification.Holder("زهرا احمدی", "4011234567", "049*****99"));
    }

    @Test
    void answersAWrongNationalIdExactlyAsItAnswersAnUnknownCode() {
        String code = issue(NOW.plus(Duration.ofDays(30)));
        String neverIssued = VerificationCode.generate(random).display();
        Verifying verifying = verifying(60, 30, NOW);

        Verification wrongHolder = verifying.withHolder(code, "0084575948", "client-a");
        Verification unknownCode = verifying.withHolder(neverIssued, HOLDER_ID, "client-a");

        assertThat(wrongHolder).usingRecursiveComparison().ignoringFields("code").isEqualTo(unknownCode);
        assertThat(wrongHolder.result()).isEqualTo(VerificationResult.UNKNOWN);
    }

    @Test
    void answersExpiredOnceTheCodeHasExpired() {
        String code = issue(NOW.minusSeconds(1));

        assertThat(verifying(60, 30, NOW).withCodeAlone(code, "client-a").result()).isEqualTo(VerificationResult.EXPIRED);
    }

    @Test
    void auditsEveryAnswerWithTheClientsFingerprintAndTheDetailShown() {
        String code = issue(NOW.plus(Duration.ofDays(30)));
        Verifying verifying = verifying(60, 30, NOW);

        verifying.withCodeAlone(code, "client-a");
        verifying.withHolder(code, HOLDER_ID, "client-b");

        assertThat(audited).containsExactly(
                new VerificationAudit.Entry(code.replace("-", ""), NOW, VerificationResult.VALID, false, "client-a",
                        "ENROLMENT_CERTIFICATE", "ut"),
                new VerificationAudit.Entry(code.replace("-", ""), NOW, VerificationResult.VALID, true, "client-b",
                        "ENROLMENT_CERTIFICATE", "ut"));
    }

    @Test
    void auditsAWrongNationalIdUnderTheCodesUniversityAndAGuessUnderNone() {
        String code = issue(NOW.plus(Duration.ofDays(30)));
        String neverIssued = VerificationCode.generate(random).digits();
        Verifying verifying = verifying(60, 30, NOW);

        verifying.withHolder(code, "0084575948", "client-a");
        verifying.withCodeAlone(neverIssued, "client-a");

        assertThat(audited).containsExactly(
                new VerificationAudit.Entry(code.replace("-", ""), NOW, VerificationResult.UNKNOWN, false, "client-a",
                        "ENROLMENT_CERTIFICATE", "ut"),
                new VerificationAudit.Entry(neverIssued, NOW, VerificationResult.UNKNOWN, false, "client-a", null,
                        null));
    }

    @Test
    void refusesANationalIdThatIsNoNationalId() {
        String code = issue(NOW.plus(Duration.ofDays(30)));

        assertThatThrownBy(() -> verifying(60, 30, NOW).withHolder(code, "0499370898", "client-a"))
                .isInstanceOf(Verifying.MalformedNationalIdException.class);
        assertThat(audited).isEmpty();
    }

    @Test
    void throttlesAClientAfterItsShareEvenForMalformedInputAndSaysWhenToComeBack() {
        Verifying verifying = verifying(3, 30, NOW);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> verifying.withCodeAlone("123", "guesser")).isInstanceOf(MalformedCodeException.class);
        }

        assertThatThrownBy(() -> verifying.withCodeAlone(issue(NOW.plusSeconds(60)), "guesser"))
                .isInstanceOfSatisfying(Throttled.class, t -> {
                    assertThat(t.limit()).isEqualTo("client");
                    assertThat(t.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
                });
        assertThat(verifying.withCodeAlone(issue(NOW.plusSeconds(60)), "someone-else").result())
                .isEqualTo(VerificationResult.VALID);
    }

    @Test
    void throttlesOneCodeVerifiedByManyClients() {
        String code = issue(NOW.plus(Duration.ofDays(30)));
        Verifying verifying = verifying(60, 2, NOW);
        verifying.withCodeAlone(code, "a");
        verifying.withCodeAlone(code, "b");

        assertThatThrownBy(() -> verifying.withCodeAlone(code, "c"))
                .isInstanceOfSatisfying(Throttled.class, t -> assertThat(t.limit()).isEqualTo("code"));
    }

    @Test
    void masksEveryWordOfANameWithoutRevealingItsLength() {
        assertThat(Verifying.maskName("محمد\u200Cرضا  کریمی")).isEqualTo("م*** ک***");
        assertThat(Verifying.maskName("علی")).isEqualTo(Verifying.maskName("عبدالرحمن"));
        assertThat(Verifying.maskName(" \t\uD835\uDC9Cbc\r\n دانا ")).isEqualTo("\uD835\uDC9C*** د***");
        assertThat(Verifying.maskName("  ")).isEmpty();
    }

    @Test
    void aCodeReplacedAfterACorrectionSaysWhichCodeReplacedIt() {
        String old = issue(NOW.plus(Duration.ofDays(30)));
        String replacement = issue(NOW.plus(Duration.ofDays(200)));
        String oldDigits = VerificationCode.parse(old).digits();
        codes.replace(oldDigits, VerificationCode.parse(replacement).digits(), new IssuedCode.Revocation(
                ir.saorg.sehat.events.code.CodeRevoked.Category.RECORD_CORRECTED, "corrected", NOW, "request-service",
                VerificationCode.parse(replacement).digits()), List.of());

        Verification answer = verifying(100, 100, NOW).withCodeAlone(old, "client");

        assertThat(answer.result()).isEqualTo(VerificationResult.REVOKED);
        assertThat(answer.revoked().category()).isEqualTo("RECORD_CORRECTED");
        assertThat(answer.revoked().replacedBy()).isEqualTo(replacement);
    }

    private String issue(Instant expiresAt) {
        return issue(expiresAt, "ut");
    }

    private String issue(Instant expiresAt, String university) {
        var code = VerificationCode.generate(random);
        stored.put(code.digits(), new IssuedCode(code.digits(), "r-" + code.digits(), "ENROLMENT_CERTIFICATE",
                new IssuedCode.Holder(HOLDER_ID, "4011234567", "زهرا احمدی"), expiresAt.minus(Duration.ofDays(180)),
                expiresAt, "گواهی اشتغال به تحصیل", "Enrolment certificate", null, university, null));
        return code.display();
    }
}
