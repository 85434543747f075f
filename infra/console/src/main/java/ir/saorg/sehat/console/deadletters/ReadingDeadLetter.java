package ir.saorg.sehat.console.deadletters;

import ir.saorg.sehat.console.deadletters.DeadLetter.Coordinates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a dead-letter record into what an administrator reads. The binder's headers say where the record came from
 * and why it failed ({@code x-original-*}, {@code x-exception-*}); numbers among them are binary and are shown as
 * numbers; a stack trace is cut to its first lines. The reason is the handler's own: the binder wraps it in a
 * messaging exception whose message starts with the handler object's name, and names that wrapper as the exception;
 * the reason drops that preamble and the exception named is the innermost cause in the stack trace.
 */
public final class ReadingDeadLetter {

    static final String SOURCE_TOPIC = "x-original-topic";
    static final String SOURCE_PARTITION = "x-original-partition";
    static final String SOURCE_OFFSET = "x-original-offset";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    static final String EXCEPTION_CLASS = "x-exception-fqcn";
    static final String STACK_TRACE = "x-exception-stacktrace";
    private static final Set<String> INTS = Set.of(SOURCE_PARTITION, "kafka_dlt-original-partition");
    private static final Set<String> LONGS = Set.of(SOURCE_OFFSET, "x-original-timestamp",
            "kafka_dlt-original-offset", "kafka_dlt-original-timestamp");
    private static final int STACK_SHOWN = 1500;
    private static final Pattern WRAPPER = Pattern.compile("^error occurred in message handler \\[[^\\]]*\\]; ");
    private static final Pattern CAUSE = Pattern.compile("(?m)^Caused by: ([\\w.$]+)");

    private ReadingDeadLetter() {
    }

    public static DeadLetter of(ConsumerRecord<byte[], byte[]> record, DeadLetterAction handled) {
        Map<String, String> headers = new LinkedHashMap<>();
        String stackTrace = null;
        for (Header header : record.headers()) {
            headers.put(header.key(), shown(header.key(), header.value()));
            if (header.key().equals(STACK_TRACE) && header.value() != null) {
                stackTrace = new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return new DeadLetter(new Coordinates(record.topic(), record.partition(), record.offset()),
                Instant.ofEpochMilli(record.timestamp()), record.key() == null ? null
                : new String(record.key(), StandardCharsets.UTF_8), headers.get(SOURCE_TOPIC),
                number(headers.get(SOURCE_PARTITION)) == null ? null : number(headers.get(SOURCE_PARTITION)).intValue(),
                number(headers.get(SOURCE_OFFSET)), headers.get("ce_type"), headers.get("ce_id"),
                reason(headers.get(EXCEPTION_MESSAGE)), innermostCause(stackTrace, headers.get(EXCEPTION_CLASS)), headers,
                PersonalDataMask.mask(record.value()), handled);
    }

    private static String reason(String message) {
        return message == null ? null : WRAPPER.matcher(message).replaceFirst("");
    }

    private static String innermostCause(String stackTrace, String outermost) {
        if (stackTrace == null) {
            return outermost;
        }
        String innermost = outermost;
        Matcher cause = CAUSE.matcher(stackTrace);
        while (cause.find()) {
            innermost = cause.group(1);
        }
        return innermost;
    }

    private static String shown(String name, byte[] value) {
        if (value == null) {
            return "";
        }
        if (INTS.contains(name) && value.length == Integer.BYTES) {
            return String.valueOf(ByteBuffer.wrap(value).getInt());
        }
        if (LONGS.contains(name) && value.length == Long.BYTES) {
            return String.valueOf(ByteBuffer.wrap(value).getLong());
        }
        String text = new String(value, StandardCharsets.UTF_8);
        return name.equals(STACK_TRACE) && text.length() > STACK_SHOWN ? text.substring(0, STACK_SHOWN) + "…" : text;
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
