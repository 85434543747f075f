package ir.saorg.sehat.code.issuing.messaging;

import ir.saorg.sehat.code.issuing.persistence.CachedCodes;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.code.CodeExpired;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.events.code.CodeValidityExtended;
import ir.saorg.sehat.platform.events.CloudEventHeaders;
import ir.saorg.sehat.platform.events.EventJson;
import ir.saorg.sehat.platform.events.UnreadableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.Map;

/**
 * Reads code-service's own events, every instance all of them (an anonymous consumer group each), and makes this
 * instance's cache forget each code that changed: issued (a guess of its digits may be remembered as unknown), revoked,
 * replaced, extended. Forgetting is idempotent, so nothing is recorded and a repeat is harmless. A message it cannot
 * read makes it forget everything rather than guess.
 */
class ForgettingChangedCodes {

    private static final Logger log = LoggerFactory.getLogger(ForgettingChangedCodes.class);

    private final CachedCodes cache;

    ForgettingChangedCodes(CachedCodes cache) {
        this.cache = cache;
    }

    /**
     * One poll's records at a time: the binder's batch mode, so that the records of a busy topic do not each pay for a
     * message, a conversion and an observation only to forget one code. Each record's headers are in
     * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}, in the order of the payloads.
     */
    void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        for (int i = 0; i < payloads.size(); i++) {
            Object recordHeaders = headers == null || i >= headers.size() ? null : headers.get(i);
            String type = recordHeaders instanceof Map<?, ?> map
                    ? CloudEventHeaders.read(map, CloudEventHeaders.TYPE).orElse("") : "";
            forget(type, payloads.get(i));
        }
    }

    private void forget(String type, byte[] payload) {
        try {
            if (type.equals(EventTypes.CODE_ISSUED.name())) {
                var issued = EventJson.read(payload, CodeIssued.class);
                cache.forget(issued.code());
                cache.forget(issued.replaces());
            } else if (type.equals(EventTypes.CODE_REVOKED.name())) {
                cache.forget(EventJson.read(payload, CodeRevoked.class).code());
            } else if (type.equals(EventTypes.CODE_VALIDITY_EXTENDED.name())) {
                cache.forget(EventJson.read(payload, CodeValidityExtended.class).code());
            } else if (type.equals(EventTypes.CODE_EXPIRED.name())) {
                cache.forget(EventJson.read(payload, CodeExpired.class).code());
            }
        } catch (UnreadableEventException e) {
            log.warn("Unreadable {} on the code events topic ({}); forgetting every cached code", type, e.getMessage());
            cache.forgetAll();
        }
    }
}
