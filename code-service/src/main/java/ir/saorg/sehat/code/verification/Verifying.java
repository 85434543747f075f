package ir.saorg.sehat.code.verification;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.platform.text.CodeGroups;
import ir.saorg.sehat.platform.text.NationalId;
import ir.saorg.sehat.platform.text.PersianText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers whether a code is genuine, for anyone, without login. Order matters: the client's limit is taken first
 * (even malformed input costs a guess), then the code's shape is checked without any lookup, then the code's own
 * limit, then the store; every answer is audited. With the holder's national ID the full record is shown, but only
 * if it matches: a wrong national ID gets exactly the answer an unknown code gets.
 */
public class Verifying {

    /** What separates the words of a name: the characters of the regular expression {@code \\s}. */
    private static final String BETWEEN_WORDS = " \t\n\u000B\f\r";

    private final Codes codes;
    private final VerificationLimits limits;
    private final VerificationAudit audit;
    private final Universities universities;
    private final Clock clock;

    public Verifying(Codes codes, VerificationLimits limits, VerificationAudit audit, Universities universities,
                     Clock clock) {
        this.codes = codes;
        this.limits = limits;
        this.audit = audit;
        this.universities = universities;
        this.clock = clock;
    }

    /**
     * The least that serves: validity, document type, dates, a masked name.
     *
     * @throws Throttled                                         when a limit is reached
     * @throws ir.saorg.sehat.code.format.MalformedCodeException when the input cannot be a code
     */
    public Verification withCodeAlone(String input, String client) {
        VerificationCode code = admit(input, client);
        Instant now = clock.instant();
        Optional<IssuedCode> issued = codes.recentlyByCode(code.digits());
        Verification answer = issued.map(found -> answer(code, found, now, false))
                .orElseGet(() -> Verification.unknown(code.display()));
        return audited(answer, code, issued, now, client);
    }

    /**
     * The full record, if the national ID is the holder's; otherwise the answer an unknown code gets.
     *
     * @throws MalformedNationalIdException when the national ID is not ten digits with a valid checksum
     */
    public Verification withHolder(String input, String nationalIdInput, String client) {
        VerificationCode code = admit(input, client);
        String nationalId = nationalIdInput == null ? "" : PersianText.normalise(nationalIdInput);
        if (!NationalId.isValid(nationalId)) {
            throw new MalformedNationalIdException();
        }
        Instant now = clock.instant();
        Optional<IssuedCode> issued = codes.recentlyByCode(code.digits());
        Verification answer = issued.filter(found -> sameDigits(found.holder().nationalId(), nationalId))
                .map(found -> answer(code, found, now, true))
                .orElseGet(() -> Verification.unknown(code.display()));
        return audited(answer, code, issued, now, client);
    }

    private Verification audited(Verification answer, VerificationCode code, Optional<IssuedCode> issued, Instant now,
                                 String client) {
        audit.record(new VerificationAudit.Entry(code.digits(), now, answer.result(), answer.fullDetail(), client,
                issued.map(IssuedCode::requestType).orElse(null), issued.map(IssuedCode::university).orElse(null)));
        return answer;
    }

    private VerificationCode admit(String input, String client) {
        limits.takeForClient(client);
        VerificationCode code = VerificationCode.parse(input);
        limits.takeForCode(code.digits());
        return code;
    }

    private Verification answer(VerificationCode code, IssuedCode issued, Instant now, boolean full) {
        var result = issued.revocation() != null ? VerificationResult.REVOKED
                : now.isBefore(issued.expiresAt()) ? VerificationResult.VALID : VerificationResult.EXPIRED;
        var revoked = issued.revocation() == null ? null : new Verification.Revoked(
                issued.revocation().category().name(), issued.revocation().revokedAt(),
                issued.revocation().replacedBy() == null ? null : CodeGroups.of(issued.revocation().replacedBy()));
        var holder = full
                ? new Verification.Holder(issued.holder().fullName(), issued.holder().studentNumber(),
                        issued.holder().maskedNationalId())
                : new Verification.Holder(maskName(issued.holder().fullName()), null, null);
        var name = issued.typeNameFa() == null ? null
                : new Verification.DocumentName(issued.typeNameFa(), issued.typeNameEn());
        return new Verification(code.display(), result, full, issued.requestType(), name,
                universities.named(issued.university()), issued.issuedAt(), issued.expiresAt(), holder, revoked);
    }

    /** Each word's first letter and three stars, whatever its length: «زهرا احمدی» → «ز*** ا***». */
    public static String maskName(String name) {
        String words = name.strip();
        var masked = new StringBuilder(words.length() * 2);
        boolean inWord = false;
        for (int i = 0; i < words.length(); ) {
            int letter = words.codePointAt(i);
            i += Character.charCount(letter);
            if (BETWEEN_WORDS.indexOf(letter) >= 0) {
                inWord = false;
            } else if (!inWord) {
                masked.append(masked.isEmpty() ? "" : " ").appendCodePoint(letter).append("***");
                inWord = true;
            }
        }
        return masked.toString();
    }

    private static boolean sameDigits(String stored, String given) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** The national ID given with a code is not a national ID at all. */
    public static class MalformedNationalIdException extends RuntimeException {

        public MalformedNationalIdException() {
            super("not a national ID");
        }
    }
}
