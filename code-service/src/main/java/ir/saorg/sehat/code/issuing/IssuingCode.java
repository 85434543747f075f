package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.events.request.RequestApproved;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Step 5 of the saga: an approved request gets exactly one code. A repeated RequestApproved, or two instances racing
 * on the same one, end with one stored code and one CodeIssued, because the request id is unique in the store. An
 * approval without a complete holder, or five drawn codes all taken, ends in one CodeIssueFailed instead.
 */
public class IssuingCode {

    /** With 10^19 codes, even a billion issued makes a collision a one-in-ten-billion event; five draws is plenty. */
    static final int MAX_DRAWS = 5;
    private static final Pattern HOLDER_ID = Pattern.compile("\\d{10}");

    private final Codes codes;
    private final RandomGenerator random;
    private final Clock clock;

    public IssuingCode(Codes codes, RandomGenerator random, Clock clock) {
        this.codes = codes;
        this.random = random;
        this.clock = clock;
    }

    public void onRequestApproved(RequestApproved approved) {
        if (!complete(approved.holder())) {
            fail(approved, CodeIssueFailed.Reason.INCOMPLETE_HOLDER, 1);
            return;
        }
        var holder = new IssuedCode.Holder(approved.holder().nationalId(), approved.holder().studentNumber(),
                approved.holder().fullName());
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            Instant now = clock.instant();
            var code = new IssuedCode(VerificationCode.generate(random).digits(), approved.requestId().toString(),
                    approved.requestType(), holder, now, expiry(approved, now),
                    approved.typeName() == null ? null : approved.typeName().fa(),
                    approved.typeName() == null ? null : approved.typeName().en(), null, approved.university(),
                    approved.maxExtensionDays() == null || approved.maxExtensionDays() <= 0 ? null
                            : new IssuedCode.Extension(approved.maxExtensionDays(), 0));
            var issued = new CodeIssued(UUID.randomUUID(), now, approved.requestId(), code.id(), code.requestType(),
                    holder.maskedNationalId(), code.issuedAt(), code.expiresAt(), approved.replacesCode());
            switch (codes.insert(code, List.of(issued))) {
                case STORED, REQUEST_HAS_CODE -> {
                    replaceOld(approved);
                    return;
                }
                case CODE_TAKEN -> {
                    // drawn digits belong to another request: draw again
                }
            }
        }
        fail(approved, CodeIssueFailed.Reason.NO_FREE_CODE, MAX_DRAWS);
    }

    private static Instant expiry(RequestApproved approved, Instant now) {
        Instant byValidity = now.plus(Duration.ofDays(approved.codeValidityDays()));
        Instant latest = approved.expiresNoLaterThan();
        return latest != null && latest.isBefore(byValidity) ? latest : byValidity;
    }

    /**
     * A code issued for a corrected record revokes the code it replaces, pointing to itself. Also run when the new
     * code was already stored, so that a crash between the two writes is mended by the redelivered approval.
     */
    private void replaceOld(RequestApproved approved) {
        if (approved.replacesCode() == null) {
            return;
        }
        codes.byRequest(approved.requestId().toString()).ifPresent(replacement ->
                codes.byCode(approved.replacesCode()).ifPresent(old -> {
                    Instant now = clock.instant();
                    var revocation = new IssuedCode.Revocation(CodeRevoked.Category.RECORD_CORRECTED,
                            "corrected by request " + approved.requestId(), now, "request-service", replacement.id());
                    codes.replace(old.id(), replacement.id(), revocation, List.of(new CodeRevoked(UUID.randomUUID(),
                            now, UUID.fromString(old.requestId()), old.id(), old.requestType(),
                            CodeRevoked.Category.RECORD_CORRECTED, now, replacement.id())));
                }));
    }

    private static boolean complete(RequestApproved.Holder holder) {
        return holder != null && holder.nationalId() != null && HOLDER_ID.matcher(holder.nationalId()).matches()
                && holder.studentNumber() != null && !holder.studentNumber().isBlank()
                && holder.fullName() != null && !holder.fullName().isBlank();
    }

    private void fail(RequestApproved approved, CodeIssueFailed.Reason reason, int attempts) {
        Instant now = clock.instant();
        codes.recordFailure(new IssueFailure(approved.requestId().toString(), reason, attempts, now),
                List.of(new CodeIssueFailed(UUID.randomUUID(), now, approved.requestId(), approved.requestType(),
                        reason, attempts)));
    }
}
