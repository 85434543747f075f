package ir.saorg.sehat.notification.sms.sandbox;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The rules of Kavenegar's {@code sms/send.json}, as far as Sehat uses them: a known API key (else 403), one Iranian
 * mobile receptor (else 411), a message (else 400), and a {@code localid} that, sent again, returns the message it
 * first sent instead of sending another.
 */
public class KavenegarSandbox {

    private static final Pattern MOBILE = Pattern.compile("09\\d{9}");
    static final int MAX_MESSAGE = 1_000;

    private final SandboxMessages messages;
    private final byte[] apiKey;
    private final Clock clock;

    public KavenegarSandbox(SandboxMessages messages, String apiKey, Clock clock) {
        this.messages = messages;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** The answer: Kavenegar's status (200 when sent) and the message, when there is one. */
    public record Answer(int status, String text, SandboxMessage message) {
    }

    public Answer send(String key, String receptor, String message, String sender, String localId) {
        if (key == null || !MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
            return new Answer(403, "کلید API نامعتبر است", null);
        }
        if (receptor == null || !MOBILE.matcher(receptor.strip()).matches()) {
            return new Answer(411, "گیرنده نامعتبر است", null);
        }
        if (message == null || message.isBlank()) {
            return new Answer(400, "پارامترها ناقص هستند", null);
        }
        if (message.length() > MAX_MESSAGE) {
            return new Answer(422, "داده‌ها به دلیل وجود کاراکتر نامناسب یا طول زیاد قابل پردازش نیست", null);
        }
        String id = localId == null || localId.isBlank() ? UUID.randomUUID().toString() : "localid:" + localId.strip();
        var candidate = new SandboxMessage(id, Math.abs(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE >> 16)),
                localId, receptor.strip(), sender == null || sender.isBlank() ? "10004346" : sender, message,
                clock.instant());
        if (messages.insertIfAbsent(candidate)) {
            return new Answer(200, "تایید شد", candidate);
        }
        return new Answer(200, "تایید شد", messages.find(id).orElse(candidate));
    }
}
