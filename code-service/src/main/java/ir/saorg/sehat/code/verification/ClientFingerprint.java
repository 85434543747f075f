package ir.saorg.sehat.code.verification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A privacy-preserving name for a client: an HMAC of its address under a secret key. The same client gets the same
 * fingerprint (so limits and audits can link its requests), but nobody without the key can turn it back into an
 * address, nor test a guess of one.
 */
public final class ClientFingerprint {

    /** Keyed once; each fingerprint works on a copy, which is much cheaper than looking up and keying a new Mac. */
    private final Mac keyed;

    public ClientFingerprint(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the fingerprint secret must have at least 16 characters");
        }
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public String of(String address) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
        return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }
}
