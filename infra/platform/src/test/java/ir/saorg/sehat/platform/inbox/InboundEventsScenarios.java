package ir.saorg.sehat.platform.inbox;

import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.platform.PlatformTestApplication;
import ir.saorg.sehat.platform.events.EventJson;
import ir.saorg.sehat.platform.events.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestPropertySource(properties = {"spring.application.name=platform-test", "sehat.platform.topic=" + Topics.REQUEST_EVENTS})
abstract class InboundEventsScenarios {

    @Autowired
    InboundEvents inbound;

    @Test
    void appliesAnEventOnceWhenItArrivesTwice() {
        RequestSubmitted event = anEvent();

        inbound.accept(message(event.eventId().toString(), "ir.saorg.sehat.request.submitted.v1", EventJson.write(event)));
        inbound.accept(message(event.eventId().toString(), "ir.saorg.sehat.request.submitted.v1", EventJson.write(event)));

        assertThat(PlatformTestApplication.APPLIED).filteredOn(e -> e.eventId().equals(event.eventId())).hasSize(1);
    }

    @Test
    void ignoresEventTypesItHasNoHandlerFor() {
        RequestSubmitted event = anEvent();

        inbound.accept(message(event.eventId().toString(), "ir.saorg.sehat.request.submitted.v2", EventJson.write(event)));

        assertThat(PlatformTestApplication.APPLIED).noneMatch(e -> e.eventId().equals(event.eventId()));
    }

    @Test
    void refusesAMessageWithoutCloudEventsHeaders() {
        Message<byte[]> bare = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> inbound.accept(bare)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("ce_type");
    }

    @Test
    void refusesAPayloadThatIsNotOfItsType() {
        assertThatThrownBy(() -> inbound.accept(message(UUID.randomUUID().toString(),
                "ir.saorg.sehat.request.submitted.v1", "{\"eventId\": 42, \"occurredAt\": \"yesterday\"")))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesAPayloadWhoseIdDiffersFromItsHeader() {
        RequestSubmitted event = anEvent();

        assertThatThrownBy(() -> inbound.accept(message(UUID.randomUUID().toString(),
                "ir.saorg.sehat.request.submitted.v1", EventJson.write(event))))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("differs");
    }

    private static Message<byte[]> message(String id, String type, String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", id.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", type.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static RequestSubmitted anEvent() {
        Instant now = Instant.now();
        return new RequestSubmitted(UUID.randomUUID(), now, UUID.randomUUID(), "ENROLMENT_CERTIFICATE", now);
    }
}
