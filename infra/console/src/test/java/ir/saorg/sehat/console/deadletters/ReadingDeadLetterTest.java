package ir.saorg.sehat.console.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingDeadLetterTest {

    @Test
    void readsWhereItCameFromAndWhyFromTheBindersBinaryHeaders() {
        var headers = new RecordHeaders(List.of(
                text("ce_type", "ir.saorg.sehat.code.issued.v1"), text("ce_id", "e-1"),
                text("x-original-topic", "sehat.code.events"),
                new RecordHeader("x-original-partition", ByteBuffer.allocate(4).putInt(1).array()),
                new RecordHeader("x-original-offset", ByteBuffer.allocate(8).putLong(4711).array()),
                text("x-exception-message", "request r is UNDER_REVIEW; cannot move from APPROVED to CODE_ISSUED"),
                text("x-exception-fqcn", "IllegalTransitionException"),
                text("x-exception-stacktrace", "at x\n".repeat(1000))));
        var record = new ConsumerRecord<>("sehat.code.events.request-service.dlt", 1, 7, 1_700_000_000_000L,
                TimestampType.CREATE_TIME, 0, 0, "r".getBytes(StandardCharsets.UTF_8),
                "{\"code\": \"48213390577126048830\"}".getBytes(StandardCharsets.UTF_8), headers, Optional.empty());

        DeadLetter letter = ReadingDeadLetter.of(record, null);

        assertThat(letter.at().id()).isEqualTo("sehat.code.events.request-service.dlt/1/7");
        assertThat(letter.source()).isEqualTo("sehat.code.events");
        assertThat(letter.sourcePartition()).isEqualTo(1);
        assertThat(letter.sourceOffset()).isEqualTo(4711L);
        assertThat(letter.eventType()).isEqualTo("ir.saorg.sehat.code.issued.v1");
        assertThat(letter.reason()).contains("UNDER_REVIEW");
        assertThat(letter.key()).isEqualTo("r");
        assertThat(letter.headers().get("x-exception-stacktrace")).hasSizeLessThan(1600).endsWith("…");
        assertThat(letter.maskedPayload()).doesNotContain("48213390577126048830");
        assertThat(letter.pending()).isTrue();
    }

    @Test
    void givesTheHandlersOwnReasonAndInnermostExceptionNotTheBindersWrapper() {
        var headers = new RecordHeaders(List.of(
                text("x-exception-message", "error occurred in message handler [org.springframework.cloud.stream"
                        + ".function.FunctionConfiguration$FunctionToDestinationBinder$1@7c36afa9]; request r is "
                        + "UNDER_REVIEW; cannot move from APPROVED to CODE_ISSUED"),
                text("x-exception-fqcn", "org.springframework.messaging.MessagingException"),
                text("x-exception-stacktrace", "org.springframework.messaging.MessagingException: error occurred\n"
                        + "\tat a.B.c(B.java:1)\n" + "\tat x\n".repeat(500)
                        + "Caused by: ir.saorg.sehat.request.IllegalTransitionException: request r is UNDER_REVIEW\n"
                        + "\tat d.E.f(E.java:2)\n")));
        var record = new ConsumerRecord<byte[], byte[]>("sehat.code.events.request-service.dlt", 0, 0,
                1_700_000_000_000L, TimestampType.CREATE_TIME, 0, 0, null, "{}".getBytes(StandardCharsets.UTF_8), headers, Optional.empty());

        DeadLetter letter = ReadingDeadLetter.of(record, null);

        assertThat(letter.reason()).isEqualTo("request r is UNDER_REVIEW; cannot move from APPROVED to CODE_ISSUED");
        assertThat(letter.exception()).isEqualTo("ir.saorg.sehat.request.IllegalTransitionException");
        assertThat(letter.headers()).containsEntry("x-exception-fqcn", "org.springframework.messaging.MessagingException");
    }

    private static RecordHeader text(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
