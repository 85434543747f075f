package ir.saorg.sehat.code.issuing.messaging;

import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.issuing.IssuingCode;
import ir.saorg.sehat.code.issuing.persistence.CachedCodes;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.platform.events.CloudEventHeaders;
import ir.saorg.sehat.platform.events.EventJson;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ForgettingChangedCodesTest {

    final AtomicInteger storeReads = new AtomicInteger();
    final InMemoryCodes store = new InMemoryCodes() {
        @Override
        public Optional<IssuedCode> byCode(String digits) {
            storeReads.incrementAndGet();
            return super.byCode(digits);
        }
    };
    final CachedCodes cache = new CachedCodes(store, Duration.ofHours(1), 1_000);
    final ForgettingChangedCodes forgetting = new ForgettingChangedCodes(cache);

    @Test
    void forgetsTheCodeOfEachRecordInABatchByThatRecordsOwnType() {
        CodeIssued first = issueBehindTheCachesBack();
        CodeIssued second = issueBehindTheCachesBack();
        cache.recentlyByCode(first.code());
        cache.recentlyByCode(second.code());
        assertThat(storeReads).hasValue(2);

        forgetting.accept(batch(
                record(EventTypes.REQUEST_SUBMITTED.name(), EventJson.write(first)),
                record(EventTypes.CODE_ISSUED.name(), EventJson.write(second))));

        cache.recentlyByCode(first.code());
        assertThat(storeReads).as("a record of another type forgets nothing").hasValue(2);
        cache.recentlyByCode(second.code());
        assertThat(storeReads).as("the code issued is read again").hasValue(3);
    }

    @Test
    void forgetsEverythingForARecordItCannotRead() {
        CodeIssued issued = issueBehindTheCachesBack();
        cache.recentlyByCode(issued.code());

        forgetting.accept(batch(record(EventTypes.CODE_ISSUED.name(), "{not json")));

        cache.recentlyByCode(issued.code());
        assertThat(storeReads).hasValue(2);
    }

    private CodeIssued issueBehindTheCachesBack() {
        new IssuingCode(store, new SecureRandom(), Clock.systemUTC()).onRequestApproved(new RequestApproved(
                UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "ENROLMENT_CERTIFICATE",
                new RequestApproved.Holder("0499370899", "4011234567", "زهرا احمدی"), 180,
                new RequestApproved.TypeName("گواهی اشتغال به تحصیل", "Enrolment certificate"), "ut", 90));
        return (CodeIssued) store.published.getLast();
    }

    private record Record(Map<String, Object> headers, byte[] payload) {
    }

    /** What the binder hands over in batch mode: each record's headers as Kafka gave them, raw bytes. */
    private static Record record(String type, String json) {
        return new Record(Map.of(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8)),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static Message<List<byte[]>> batch(Record... records) {
        return MessageBuilder.withPayload(List.of(records).stream().map(Record::payload).toList())
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(records).stream().map(Record::headers).toList())
                .build();
    }
}
