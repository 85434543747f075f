package ir.saorg.sehat.platform;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal service for the platform's own tests: one outbox collection and one counting event handler. */
@SpringBootApplication
public class PlatformTestApplication {

    /** Every RequestSubmitted the (deliberately unguarded) test handler applied. */
    public static final List<RequestSubmitted> APPLIED = new CopyOnWriteArrayList<>();

    @Bean
    OutboxCollection things() {
        return new OutboxCollection("things");
    }

    @Bean
    EventHandlers handlers() {
        return EventHandlers.builder().on(EventTypes.REQUEST_SUBMITTED, APPLIED::add).build();
    }
}
