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
import org.springframework.messaging.Message;

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

    void accept(Message<byte[]> message) {
        String type = CloudEventHeaders.read(message.getHeaders(), CloudEventHeaders.TYPE).orElse("");
        try {
            if (type.equals(EventTypes.CODE_ISSUED.name())) {
                var issued = EventJson.read(message.getPayload(), CodeIssued.class);
                cache.forget(issued.code());
                cache.forget(issued.replaces());
            } else if (type.equals(EventTypes.CODE_REVOKED.name())) {
                cache.forget(EventJson.read(message.getPayload(), CodeRevoked.class).code());
            } else if (type.equals(EventTypes.CODE_VALIDITY_EXTENDED.name())) {
                cache.forget(EventJson.read(message.getPayload(), CodeValidityExtended.class).code());
            } else if (type.equals(EventTypes.CODE_EXPIRED.name())) {
                cache.forget(EventJson.read(message.getPayload(), CodeExpired.class).code());
            }
        } catch (UnreadableEventException e) {
            log.warn("Unreadable {} on the code events topic ({}); forgetting every cached code", type, e.getMessage());
            cache.forgetAll();
        }
    }
}
