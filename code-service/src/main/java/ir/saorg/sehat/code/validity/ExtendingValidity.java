package ir.saorg.sehat.code.validity;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.code.CodeValidityExtended;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff extend a code's validity, as far as its request type allows in all (the limit travels with the approval).
 * Staff reach only their own university's codes; a code of another university is answered as unknown. The change is
 * conditional on the expiry it read, so two extensions at once cannot both use the same remaining days.
 */
public class ExtendingValidity {

    static final int MAX_DAYS = 3_650;

    private final Codes codes;
    private final Clock clock;

    public ExtendingValidity(Codes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * @param university the staff member's university, or null for an operator (any university)
     * @throws ir.saorg.sehat.code.format.MalformedCodeException when the input cannot be a code
     * @throws InvalidDaysException    when days is not 1 to 3,650
     * @throws UnknownCodeException    when no such code exists for this caller
     * @throws NotExtendableException  when the code is revoked, or its type allows no (more) extension
     */
    public IssuedCode extend(String input, int days, String university) {
        VerificationCode code = VerificationCode.parse(input);
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidDaysException();
        }
        IssuedCode issued = codes.byCode(code.digits())
                .filter(c -> university == null || university.equals(c.university()))
                .orElseThrow(UnknownCodeException::new);
        if (issued.revocation() != null) {
            throw new NotExtendableException(0, true);
        }
        IssuedCode.Extension extension = issued.extension();
        int remaining = extension == null ? 0 : extension.remainingDays();
        if (days > remaining) {
            throw new NotExtendableException(remaining, false);
        }
        Instant expiresAt = issued.expiresAt().plus(Duration.ofDays(days));
        var event = new CodeValidityExtended(UUID.randomUUID(), clock.instant(), UUID.fromString(issued.requestId()),
                issued.id(), issued.requestType(), issued.expiresAt(), expiresAt, days);
        if (!codes.extend(issued.id(), issued.expiresAt(), expiresAt, extension.usedDays() + days, List.of(event))) {
            throw new ConcurrentChangeException();
        }
        return codes.byCode(issued.id()).orElseThrow(UnknownCodeException::new);
    }

    /** Days must be 1 to 3,650. */
    public static class InvalidDaysException extends RuntimeException {
        InvalidDaysException() {
            super("days out of range");
        }
    }

    /** No such code, or not one of the caller's university. */
    public static class UnknownCodeException extends RuntimeException {
        UnknownCodeException() {
            super("unknown code");
        }
    }

    /** The code was changed by someone else between reading and writing; try again. */
    public static class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException() {
            super("changed concurrently");
        }
    }

    /** Revoked, or beyond what the type allows. */
    public static class NotExtendableException extends RuntimeException {

        private final int remainingDays;
        private final boolean revoked;

        NotExtendableException(int remainingDays, boolean revoked) {
            super(revoked ? "revoked" : "limit reached");
            this.remainingDays = remainingDays;
            this.revoked = revoked;
        }

        public int remainingDays() {
            return remainingDays;
        }

        public boolean revoked() {
            return revoked;
        }
    }
}
