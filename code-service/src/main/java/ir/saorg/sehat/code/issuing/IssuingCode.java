package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.request.RequestApproved;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Step 5 of the saga: an approved request gets exactly one code. A repeated RequestApproved, or two instances racing
 * on the same one, end with one stored code and one CodeIssued, because the request id is unique in the store.
 */
public class IssuingCode {

    /** With 10^19 codes, even a billion issued makes a collision a one-in-ten-billion event; five draws is plenty. */
    static final int MAX_DRAWS = 5;

    private final Codes codes;
    private final RandomGenerator random;
    private final Clock clock;

    public IssuingCode(Codes codes, RandomGenerator random, Clock clock) {
        this.codes = codes;
        this.random = random;
        this.clock = clock;
    }

    public void onRequestApproved(RequestApproved approved) {
        var holder = new IssuedCode.Holder(approved.holder().nationalId(), approved.holder().studentNumber(),
                approved.holder().fullName());
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            Instant now = clock.instant();
            var code = new IssuedCode(VerificationCode.generate(random).digits(), approved.requestId().toString(),
                    approved.requestType(), holder, now, now.plus(Duration.ofDays(approved.codeValidityDays())),
                    approved.typeName() == null ? null : approved.typeName().fa(),
                    approved.typeName() == null ? null : approved.typeName().en(), null, approved.university(),
                    approved.maxExtensionDays() == null || approved.maxExtensionDays() <= 0 ? null
                            : new IssuedCode.Extension(approved.maxExtensionDays(), 0));
            var issued = new CodeIssued(UUID.randomUUID(), now, approved.requestId(), code.id(), code.requestType(),
                    holder.maskedNationalId(), code.issuedAt(), code.expiresAt());
            switch (codes.insert(code, List.of(issued))) {
                case STORED, REQUEST_HAS_CODE -> {
                    return;
                }
                case CODE_TAKEN -> {
                    // drawn digits belong to another request: draw again
                }
            }
        }
        throw new IllegalStateException("no free code after " + MAX_DRAWS + " draws for request " + approved.requestId());
    }
}
