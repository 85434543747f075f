package ir.saorg.sehat.notification.sms;

import ir.saorg.sehat.notification.delivery.SendOutcome;
import ir.saorg.sehat.notification.sms.sandbox.KavenegarSandbox;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessage;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessages;
import ir.saorg.sehat.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Kavenegar's answers mean what they say, and the sandbox never sends one client reference twice. */
class KavenegarTest {

    static class InMemoryMessages implements SandboxMessages {
        final Map<String, SandboxMessage> byId = new LinkedHashMap<>();

        @Override
        public synchronized boolean insertIfAbsent(SandboxMessage message) {
            return byId.putIfAbsent(message.id(), message) == null;
        }

        @Override
        public synchronized Optional<SandboxMessage> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public synchronized List<SandboxMessage> newest(int limit) {
            return new ArrayList<>(byId.values()).stream().sorted(Comparator.comparing(SandboxMessage::date).reversed())
                    .limit(limit).toList();
        }
    }

    final InMemoryMessages messages = new InMemoryMessages();
    final KavenegarSandbox sandbox = new KavenegarSandbox(messages, "key", new MutableClock(Instant.now()));

    @Test
    void readsASuccessfulSend() {
        SendOutcome outcome = KavenegarProvider.outcome(200, """
                {"return":{"status":200,"message":"تایید شد"},"entries":[{"messageid":8792343,"message":"x",
                "status":1,"statustext":"در صف ارسال","sender":"10004346","receptor":"09121234567","date":1356619709,
                "cost":120}]}""");

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("8792343"));
    }

    @Test
    void aBadNumberIsRefusedForGoodAndNoCreditIsTriedAgain() {
        assertThat(KavenegarProvider.outcome(411, "{\"return\":{\"status\":411,\"message\":\"گیرنده نامعتبر\"},\"entries\":null}"))
                .isInstanceOf(SendOutcome.Refused.class);
        assertThat(KavenegarProvider.outcome(418, "{\"return\":{\"status\":418,\"message\":\"اعتبار کافی نیست\"}}"))
                .isInstanceOf(SendOutcome.Failed.class);
        assertThat(KavenegarProvider.outcome(502, "<html>bad gateway</html>")).isInstanceOf(SendOutcome.Failed.class);
        assertThat(KavenegarProvider.outcome(200, "not json")).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void theSandboxSendsOneLocalIdOnceAndAnswersTheRepeatWithTheFirstMessage() {
        var first = sandbox.send("key", "09121234567", "کد صحت: 4821", null, "42");
        var repeat = sandbox.send("key", "09121234567", "کد صحت: 4821", null, "42");

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.message().messageId()).isEqualTo(first.message().messageId());
        assertThat(messages.byId).hasSize(1);
    }

    @Test
    void theSandboxRefusesAsKavenegarDoes() {
        assertThat(sandbox.send("wrong", "09121234567", "x", null, null).status()).isEqualTo(403);
        assertThat(sandbox.send("key", "021-1234", "x", null, null).status()).isEqualTo(411);
        assertThat(sandbox.send("key", "09121234567", " ", null, null).status()).isEqualTo(400);
        assertThat(messages.byId).isEmpty();
    }

    @Test
    void everyAttemptOfOneDeliveryCarriesTheSameNumericReference() {
        String delivery = UUID.randomUUID().toString();

        assertThat(SmsSender.clientReference(delivery)).isEqualTo(SmsSender.clientReference(delivery)).matches("\\d+");
    }
}
