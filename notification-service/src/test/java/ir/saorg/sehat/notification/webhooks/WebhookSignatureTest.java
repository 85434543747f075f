package ir.saorg.sehat.notification.webhooks;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A receiver verifies what Sehat signed, and nothing that was changed, replayed late or signed with another key. */
class WebhookSignatureTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final Duration WINDOW = WebhookSignature.REPLAY_WINDOW;

    @Property
    void verifiesWhatItSigned(@ForAll String body, @ForAll @IntRange(min = -300, max = 300) int skewSeconds) {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(secret, NOW, body);

        assertThat(WebhookSignature.verify(secret, header, body, NOW.plusSeconds(skewSeconds), WINDOW)).isTrue();
    }

    @Property
    void refusesAnyChangedBody(@ForAll @StringLength(min = 1, max = 200) String body,
                               @ForAll @IntRange(min = 0, max = 199) int position, @ForAll char replacement) {
        Assume.that(position < body.length() && body.charAt(position) != replacement);
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(secret, NOW, body);
        String tampered = body.substring(0, position) + replacement + body.substring(position + 1);

        assertThat(WebhookSignature.verify(secret, header, tampered, NOW, WINDOW)).isFalse();
    }

    @Property
    void refusesAChangedTimestamp(@ForAll String body, @ForAll @IntRange(min = 1, max = 100_000) int shift) {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(secret, NOW, body);
        String moved = header.replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + (shift % 200)));
        Assume.that(!moved.equals(header));

        assertThat(WebhookSignature.verify(secret, moved, body, NOW, WINDOW)).isFalse();
    }

    @Property
    void refusesAnotherSecret(@ForAll String body) {
        String header = WebhookSignature.header(WebhookSignature.newSecret(), NOW, body);

        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), header, body, NOW, WINDOW)).isFalse();
    }

    @Property
    void refusesAReplayOutsideTheWindow(@ForAll String body, @ForAll @IntRange(min = 301, max = 1_000_000) int late) {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(secret, NOW, body);

        assertThat(WebhookSignature.verify(secret, header, body, NOW.plusSeconds(late), WINDOW)).isFalse();
        assertThat(WebhookSignature.verify(secret, header, body, NOW.minusSeconds(late), WINDOW)).isFalse();
    }

    @Test
    void acceptsAnyOfSeveralSignaturesAndRefusesGarbage() {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(secret, NOW, "{}") + ",v1=" + "0".repeat(64);

        assertThat(WebhookSignature.verify(secret, header, "{}", NOW, WINDOW)).isTrue();
        assertThat(WebhookSignature.verify(secret, "v1=abc", "{}", NOW, WINDOW)).isFalse();
        assertThat(WebhookSignature.verify(secret, "t=x,v1=abc", "{}", NOW, WINDOW)).isFalse();
        assertThat(WebhookSignature.verify(secret, null, "{}", NOW, WINDOW)).isFalse();
    }

    @Test
    void matchesTheDocumentedExample() {
        assertThat(WebhookSignature.header("whsec_test", Instant.ofEpochSecond(1764000000), "{\"id\":\"1\"}"))
                .isEqualTo("t=1764000000,v1=" + WebhookSignature.hmac("whsec_test", "1764000000.{\"id\":\"1\"}"));
    }
}
