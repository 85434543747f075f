package ir.saorg.sehat.platform.inbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTopicsTest {

    @Test
    void oneDeadLetterTopicPerTopicAndGroupOfEveryConsumerBinding() {
        var topics = DeadLetterTopics.of(List.of(
                new DeadLetterTopics.Binding("sehat.payment.events, sehat.code.events", "request-service"),
                new DeadLetterTopics.Binding("sehat.notification.events", "request-service"),
                new DeadLetterTopics.Binding("sehat.request.events", null),
                new DeadLetterTopics.Binding(null, "request-service")));

        assertThat(topics.all()).extracting(DeadLetterTopic::name).containsExactly(
                "sehat.code.events.request-service.dlt", "sehat.notification.events.request-service.dlt",
                "sehat.payment.events.request-service.dlt");
        assertThat(topics.named("sehat.code.events.request-service.dlt")).get()
                .extracting(DeadLetterTopic::source).isEqualTo("sehat.code.events");
        assertThat(topics.named("sehat.request.events")).isEmpty();
    }
}
