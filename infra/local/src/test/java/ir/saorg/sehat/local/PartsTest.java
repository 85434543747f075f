package ir.saorg.sehat.local;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local stack lets notification-service call webhook subscribers on this machine, and only that service. */
class PartsTest {

    @Test
    void notificationServiceMayCallLocalSubscribers() {
        var common = Map.of("SEHAT_KAFKA_BOOTSTRAP", "127.0.0.1:9092", "SPRING_MAIL_PORT", "3025");

        assertThat(Parts.notificationEnvironment(common)).containsAllEntriesOf(common)
                .containsEntry("SEHAT_WEBHOOKS_ALLOW_PRIVATE", "true");
        assertThat(common).doesNotContainKey("SEHAT_WEBHOOKS_ALLOW_PRIVATE");
    }
}
