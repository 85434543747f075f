package ir.saorg.sehat.code.verification;

/** What a verifier learns about a code. */
public enum VerificationResult {
    /** Issued by Sehat and valid today. */
    VALID,
    /** Issued by Sehat, but past its expiry. */
    EXPIRED,
    /** Issued by Sehat, then revoked by an operator: it no longer certifies anything. */
    REVOKED,
    /** Not a code Sehat issued, or (with a national ID) not this holder's code. */
    UNKNOWN
}
