package ir.saorg.sehat.notification.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Sehat-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} where the HMAC is keyed with the
 * subscription's secret (its UTF-8 bytes) over {@code <t>.<body>}. A receiver recomputes it over the raw body, compares
 * in constant time, and refuses a {@code t} further than its replay window (five minutes) from its own clock. A header
 * may carry several {@code v1} values (while a secret is being replaced); any one matching is enough.
 */
public final class WebhookSignature {

    public static final String HEADER = "Sehat-Signature";
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Keyed Macs by secret; bounded, since secrets of deleted subscriptions would otherwise stay. */
    private static final Map<String, Mac> KEYED = new ConcurrentHashMap<>();
    private static final int MAX_KEYED = 4096;

    private WebhookSignature() {
    }

    /** A new subscription secret: 32 random bytes. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String header(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    /** Whether the header signs this body with this secret, at a time within the window of {@code now}. */
    public static boolean verify(String secret, String header, String body, Instant now, Duration window) {
        if (header == null || header.length() > 1024) {
            return false;
        }
        Long t = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return false;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (key.equals("t")) {
                try {
                    t = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (key.equals("v1")) {
                signatures.add(value);
            }
        }
        if (t == null || signatures.isEmpty()) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - t) > window.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        boolean any = false;
        for (String signature : signatures) {
            any |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        return any;
    }

    static String hmac(String secret, String message) {
        Mac mac = keyed(secret);
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A Mac ready for this secret: a copy of one keyed once per secret. Keying costs two hash blocks and a provider
     * look-up, which every delivery and every verification used to pay; a copy does not. A Mac is not thread-safe, so
     * each call gets its own copy.
     */
    private static Mac keyed(String secret) {
        Mac prototype = KEYED.get(secret);
        if (prototype == null) {
            if (KEYED.size() >= MAX_KEYED) {
                KEYED.clear();
            }
            prototype = KEYED.computeIfAbsent(secret, WebhookSignature::newMac);
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return newMac(secret);
        }
    }

    private static Mac newMac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
