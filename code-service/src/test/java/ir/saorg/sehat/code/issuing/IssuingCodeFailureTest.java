package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.request.RequestApproved;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** When no code can be issued, the request hears it once, with the reason, instead of the event being retried forever. */
class IssuingCodeFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCodes codes = new InMemoryCodes();

    @Test
    void anApprovalWithoutTheHoldersNationalIdFailsOnceWithTheReason() {
        var issuing = new IssuingCode(codes, RandomGenerator.getDefault(), CLOCK);
        var approved = approval(new RequestApproved.Holder(null, "4011234567", "زهرا احمدی"));

        issuing.onRequestApproved(approved);
        issuing.onRequestApproved(approved);

        assertThat(codes.stored).isEmpty();
        assertThat(codes.published).singleElement().isInstanceOfSatisfying(CodeIssueFailed.class, failed -> {
            assertThat(failed.requestId()).isEqualTo(approved.requestId());
            assertThat(failed.reason()).isEqualTo(CodeIssueFailed.Reason.INCOMPLETE_HOLDER);
            assertThat(failed.requestType()).isEqualTo("ENROLMENT_CERTIFICATE");
        });
    }

    @Test
    void fiveTakenDrawsEndInNoFreeCode() {
        RandomGenerator alwaysTheSame = () -> 42L;
        var issuing = new IssuingCode(codes, alwaysTheSame, CLOCK);
        issuing.onRequestApproved(approval(new RequestApproved.Holder("0499370899", "4011234567", "زهرا احمدی")));
        assertThat(codes.published).singleElement().isInstanceOf(CodeIssued.class);

        var second = approval(new RequestApproved.Holder("0084575948", "4011234568", "علی کریمی"));
        issuing.onRequestApproved(second);

        assertThat(codes.stored).hasSize(1);
        assertThat(codes.published).last().isInstanceOfSatisfying(CodeIssueFailed.class, failed -> {
            assertThat(failed.requestId()).isEqualTo(second.requestId());
            assertThat(failed.reason()).isEqualTo(CodeIssueFailed.Reason.NO_FREE_CODE);
            assertThat(failed.attempts()).isEqualTo(IssuingCode.MAX_DRAWS);
        });
    }

    private static RequestApproved approval(RequestApproved.Holder holder) {
        return new RequestApproved(UUID.randomUUID(), CLOCK.instant(), UUID.randomUUID(), "ENROLMENT_CERTIFICATE",
                holder, 180, new RequestApproved.TypeName("گواهی اشتغال به تحصیل", "Enrolment certificate"), "ut", 90);
    }
}
