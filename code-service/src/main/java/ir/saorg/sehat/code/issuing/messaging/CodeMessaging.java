package ir.saorg.sehat.code.issuing.messaging;

import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.issuing.IssuingCode;
import ir.saorg.sehat.code.issuing.persistence.CachedCodes;
import ir.saorg.sehat.code.issuing.persistence.MongoCodes;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Connects code issuing to Kafka. */
@Configuration
class CodeMessaging {

    @Bean
    IssuingCode issuingCode(Codes codes) {
        return new IssuingCode(codes, new SecureRandom(), Clock.systemUTC());
    }

    @Bean
    OutboxCollection codesOutbox() {
        return new OutboxCollection(MongoCodes.COLLECTION);
    }

    @Bean
    OutboxCollection issueFailuresOutbox() {
        return new OutboxCollection(MongoCodes.FAILURES);
    }

    @Bean
    EventHandlers eventHandlers(IssuingCode issuing) {
        return EventHandlers.builder().on(EventTypes.REQUEST_APPROVED, issuing::onRequestApproved).build();
    }

    @Bean
    Consumer<Message<byte[]>> requestEvents(InboundEvents inbound) {
        return inbound::accept;
    }

    /** Every instance reads every code event, to forget the codes that changed (see application.yml). */
    @Bean
    Consumer<Message<List<byte[]>>> codeChanges(CachedCodes cache) {
        return new ForgettingChangedCodes(cache)::accept;
    }
}
