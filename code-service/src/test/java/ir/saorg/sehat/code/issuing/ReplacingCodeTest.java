package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.events.request.RequestApproved;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** A corrected record gets a new code, and the old one is revoked pointing to it, once. */
class ReplacingCodeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final RequestApproved.Holder HOLDER = new RequestApproved.Holder("0499370899", "4011234567",
            "زهرا احمدی");

    private final InMemoryCodes codes = new InMemoryCodes();
    private final IssuingCode issuing = new IssuingCode(codes, RandomGenerator.getDefault(), CLOCK);

    @Test
    void theNewCodeRevokesTheOldOneAsCorrectedAndNamesIt() {
        IssuedCode old = issue(approval(null, null));
        var correction = approval(old.id(), null);

        issuing.onRequestApproved(correction);
        issuing.onRequestApproved(correction);

        IssuedCode replacement = codes.byRequest(correction.requestId().toString()).orElseThrow();
        IssuedCode revoked = codes.byCode(old.id()).orElseThrow();
        assertThat(revoked.revocation().category()).isEqualTo(CodeRevoked.Category.RECORD_CORRECTED);
        assertThat(revoked.revocation().replacedBy()).isEqualTo(replacement.id());
        assertThat(codes.published).filteredOn(CodeRevoked.class::isInstance).singleElement()
                .isInstanceOfSatisfying(CodeRevoked.class, e -> assertThat(e.replacedBy()).isEqualTo(replacement.id()));
        assertThat(codes.published).filteredOn(CodeIssued.class::isInstance).last()
                .isInstanceOfSatisfying(CodeIssued.class, e -> assertThat(e.replaces()).isEqualTo(old.id()));
    }

    @Test
    void aCodeAnOperatorRevokedFirstOnlyLearnsItsReplacement() {
        IssuedCode old = issue(approval(null, null));
        codes.revoke(old.id(), new IssuedCode.Revocation(CodeRevoked.Category.RECORD_CORRECTED, "نام اشتباه بود",
                CLOCK.instant(), "operator"), java.util.List.of());

        issuing.onRequestApproved(approval(old.id(), null));

        assertThat(codes.byCode(old.id()).orElseThrow().revocation())
                .satisfies(r -> assertThat(r.revokedBy()).isEqualTo("operator"))
                .satisfies(r -> assertThat(r.replacedBy()).isNotNull());
        assertThat(codes.published).noneMatch(CodeRevoked.class::isInstance);
    }

    @Test
    void aCodeBoundToItsCallExpiresWithTheCall() {
        Instant callEnds = CLOCK.instant().plus(Duration.ofDays(10));

        IssuedCode bound = issue(approval(null, callEnds));
        IssuedCode free = issue(approval(null, CLOCK.instant().plus(Duration.ofDays(999))));

        assertThat(bound.expiresAt()).isEqualTo(callEnds);
        assertThat(free.expiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(180)));
    }

    private IssuedCode issue(RequestApproved approved) {
        issuing.onRequestApproved(approved);
        return codes.byRequest(approved.requestId().toString()).orElseThrow();
    }

    private static RequestApproved approval(String replaces, Instant expiresNoLaterThan) {
        return new RequestApproved(UUID.randomUUID(), CLOCK.instant(), UUID.randomUUID(), "ENROLMENT_CERTIFICATE",
                HOLDER, 180, new RequestApproved.TypeName("گواهی اشتغال به تحصیل", "Enrolment certificate"), "ut", 90,
                replaces, expiresNoLaterThan);
    }
}
