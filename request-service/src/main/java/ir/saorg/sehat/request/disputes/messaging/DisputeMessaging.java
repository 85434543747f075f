package ir.saorg.sehat.request.disputes.messaging;

import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Disputes publish on the request topic (keyed by the disputed request) from their own documents' outbox. */
@Configuration
class DisputeMessaging {

    @Bean
    OutboxCollection disputesOutbox() {
        return new OutboxCollection("disputes");
    }
}
