package ir.saorg.sehat.code.revoking;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.verification.VerificationLimits;
import ir.saorg.sehat.code.verification.VerificationResult;
import ir.saorg.sehat.code.verification.Verifying;
import ir.saorg.sehat.events.code.CodeRevoked;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Revocation happens once, with a category and an explanation, and the code verifies as revoked from then on. */
class RevokingCodeTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:02:00Z");

    final InMemoryCodes codes = new InMemoryCodes();
    final RevokingCode revoking = new RevokingCode(codes, Clock.fixed(NOW, ZoneOffset.UTC));
    final IssuedCode issued = issue();

    @Test
    void aRevokedCodeVerifiesAsRevokedWithItsCategoryButNotTheOperatorsText() {
        revoking.revoke(VerificationCode.parse(issued.id()).display(), "ISSUED_IN_ERROR",
                "صادر شده برای دانشجوی دیگر", "operator");

        var verifying = new Verifying(codes, new VerificationLimits(100, 100), entry -> { },
                new ir.saorg.sehat.code.university.Universities(java.util.Map.of()), Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        var answer = verifying.withCodeAlone(issued.id(), "client");

        assertThat(answer.result()).isEqualTo(VerificationResult.REVOKED);
        assertThat(answer.revoked().category()).isEqualTo("ISSUED_IN_ERROR");
        assertThat(answer.revoked().at()).isEqualTo(NOW);
        assertThat(answer.toString()).doesNotContain("دانشجوی دیگر");
        assertThat(codes.published).singleElement().isInstanceOfSatisfying(CodeRevoked.class, event -> {
            assertThat(event.code()).isEqualTo(issued.id());
            assertThat(event.category()).isEqualTo(CodeRevoked.Category.ISSUED_IN_ERROR);
            assertThat(event.requestId().toString()).isEqualTo(issued.requestId());
        });
    }

    @Test
    void theFirstRevocationStands() {
        revoking.revoke(issued.id(), "FRAUD", "forged transcript submitted", "operator");

        assertThatThrownBy(() -> revoking.revoke(issued.id(), "RECORD_CORRECTED", "name spelled wrong", "other"))
                .isInstanceOfSatisfying(RevokingCode.AlreadyRevokedException.class,
                        e -> assertThat(e.first().category()).isEqualTo(CodeRevoked.Category.FRAUD));
        assertThat(codes.published).hasSize(1);
    }

    @Test
    void badRevocationsChangeNothing() {
        assertThatThrownBy(() -> revoking.revoke(issued.id(), "BORED", "a long enough reason", "operator"))
                .isInstanceOfSatisfying(RevokingCode.InvalidRevocationException.class,
                        e -> assertThat(e.field()).isEqualTo("category"));
        assertThatThrownBy(() -> revoking.revoke(issued.id(), "FRAUD", "  short ", "operator"))
                .isInstanceOfSatisfying(RevokingCode.InvalidRevocationException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> revoking.revoke(issued.id(), "FRAUD", "x".repeat(2_001), "operator"))
                .isInstanceOf(RevokingCode.InvalidRevocationException.class);
        assertThatThrownBy(() -> revoking.revoke("1234", "FRAUD", "a long enough reason", "operator"))
                .isInstanceOf(MalformedCodeException.class);
        String otherCode = VerificationCode.generate(new SplittableRandom(99)).digits();
        assertThatThrownBy(() -> revoking.revoke(otherCode, "FRAUD", "a long enough reason", "operator"))
                .isInstanceOf(RevokingCode.UnknownCodeException.class);

        assertThat(codes.byCode(issued.id()).orElseThrow().revocation()).isNull();
        assertThat(codes.published).isEmpty();
    }

    private IssuedCode issue() {
        String digits = VerificationCode.generate(new SplittableRandom(7)).digits();
        var code = new IssuedCode(digits, UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE",
                new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), NOW.minus(Duration.ofDays(3)),
                NOW.plus(Duration.ofDays(177)), null, null);
        codes.stored.put(digits, code);
        return code;
    }
}
