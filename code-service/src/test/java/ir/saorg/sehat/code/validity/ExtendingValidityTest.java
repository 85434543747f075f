package ir.saorg.sehat.code.validity;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.events.code.CodeValidityExtended;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extensions stay within the type's limit in all, reach only the caller's university, and never revive a revoked code. */
class ExtendingValidityTest {

    static final Instant NOW = Instant.parse("2027-05-01T06:30:00Z");
    static final Instant EXPIRES = Instant.parse("2027-05-23T08:15:31Z");

    final InMemoryCodes codes = new InMemoryCodes();
    final ExtendingValidity extending = new ExtendingValidity(codes, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void extensionsAddUpToTheTypesLimitAndNoFurther() {
        String code = issue("ut", 90);

        extending.extend(code, 30, "ut");
        IssuedCode twice = extending.extend(code, 60, "ut");

        assertThat(twice.expiresAt()).isEqualTo(EXPIRES.plus(Duration.ofDays(90)));
        assertThat(twice.extension().remainingDays()).isZero();
        assertThatThrownBy(() -> extending.extend(code, 1, "ut"))
                .isInstanceOfSatisfying(ExtendingValidity.NotExtendableException.class,
                        e -> assertThat(e.remainingDays()).isZero());
        assertThat(codes.published).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(CodeValidityExtended.class));
        var first = (CodeValidityExtended) codes.published.getFirst();
        assertThat(first.previousExpiresAt()).isEqualTo(EXPIRES);
        assertThat(first.expiresAt()).isEqualTo(EXPIRES.plus(Duration.ofDays(30)));
    }

    @Test
    void anotherUniversitysCodeIsUnknownToStaffButNotToOperators() {
        String code = issue("ut", 90);

        assertThatThrownBy(() -> extending.extend(code, 10, "sharif"))
                .isInstanceOf(ExtendingValidity.UnknownCodeException.class);
        assertThat(extending.extend(code, 10, null).expiresAt()).isEqualTo(EXPIRES.plus(Duration.ofDays(10)));
    }

    @Test
    void aTypeWithoutExtensionsAndARevokedCodeRefuseAndNothingChanges() {
        String fixed = issue("ut", 0);
        String revoked = issue("ut", 90);
        codes.revoke(revoked, new IssuedCode.Revocation(CodeRevoked.Category.FRAUD, "forged", NOW, "op"), List.of());
        codes.published.clear();

        assertThatThrownBy(() -> extending.extend(fixed, 1, "ut"))
                .isInstanceOf(ExtendingValidity.NotExtendableException.class);
        assertThatThrownBy(() -> extending.extend(revoked, 1, "ut"))
                .isInstanceOfSatisfying(ExtendingValidity.NotExtendableException.class,
                        e -> assertThat(e.revoked()).isTrue());
        assertThatThrownBy(() -> extending.extend(fixed, 0, "ut"))
                .isInstanceOf(ExtendingValidity.InvalidDaysException.class);
        assertThatThrownBy(() -> extending.extend(fixed, 3_651, "ut"))
                .isInstanceOf(ExtendingValidity.InvalidDaysException.class);
        assertThat(codes.byCode(fixed).orElseThrow().expiresAt()).isEqualTo(EXPIRES);
        assertThat(codes.published).isEmpty();
    }

    private String issue(String university, int maxDays) {
        String digits = VerificationCode.generate(new SplittableRandom(codes.stored.size() + 11)).digits();
        codes.stored.put(digits, new IssuedCode(digits, UUID.randomUUID().toString(), "ENROLMENT_CERTIFICATE",
                new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), EXPIRES.minus(Duration.ofDays(180)),
                EXPIRES, null, null, null, university, maxDays == 0 ? null : new IssuedCode.Extension(maxDays, 0)));
        return digits;
    }
}
