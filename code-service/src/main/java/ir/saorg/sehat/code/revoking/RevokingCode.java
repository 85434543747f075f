package ir.saorg.sehat.code.revoking;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeRevoked;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An operator revokes a code, with a category and an explanation. Revoking is a guarded change (only a code not yet
 * revoked), written with its CodeRevoked event, so it happens once.
 */
public class RevokingCode {

    static final int MAX_REASON = 2_000;
    static final int MIN_REASON = 10;

    private final Codes codes;
    private final Clock clock;

    public RevokingCode(Codes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * @throws ir.saorg.sehat.code.format.MalformedCodeException when the input cannot be a code
     * @throws InvalidRevocationException                       when the category or explanation is missing or wrong
     * @throws UnknownCodeException                             when no such code was issued
     * @throws AlreadyRevokedException                          when it was revoked before (the first revocation stands)
     */
    public IssuedCode revoke(String input, String category, String reason, String operator) {
        VerificationCode code = VerificationCode.parse(input);
        CodeRevoked.Category why = category(category);
        String explanation = reason == null ? "" : reason.strip();
        if (explanation.codePointCount(0, explanation.length()) < MIN_REASON
                || explanation.codePointCount(0, explanation.length()) > MAX_REASON) {
            throw new InvalidRevocationException("reason");
        }
        IssuedCode issued = codes.byCode(code.digits()).orElseThrow(UnknownCodeException::new);
        Instant now = clock.instant();
        var revocation = new IssuedCode.Revocation(why, explanation, now, operator);
        var event = new CodeRevoked(UUID.randomUUID(), now, UUID.fromString(issued.requestId()), issued.id(),
                issued.requestType(), why, now);
        if (!codes.revoke(issued.id(), revocation, List.of(event))) {
            throw new AlreadyRevokedException(codes.byCode(issued.id()).map(IssuedCode::revocation).orElse(null));
        }
        return codes.byCode(issued.id()).orElseThrow(UnknownCodeException::new);
    }

    private static CodeRevoked.Category category(String category) {
        try {
            return CodeRevoked.Category.valueOf(category == null ? "" : category.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRevocationException("category");
        }
    }

    /** The category is not one of the three, or the explanation is too short or too long. */
    public static class InvalidRevocationException extends RuntimeException {

        private final String field;

        InvalidRevocationException(String field) {
            super("invalid revocation " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** No code with these digits was issued. */
    public static class UnknownCodeException extends RuntimeException {

        UnknownCodeException() {
            super("unknown code");
        }
    }

    /** The code was revoked before; the first revocation stands. */
    public static class AlreadyRevokedException extends RuntimeException {

        private final IssuedCode.Revocation first;

        AlreadyRevokedException(IssuedCode.Revocation first) {
            super("already revoked");
            this.first = first;
        }

        public IssuedCode.Revocation first() {
            return first;
        }
    }
}
