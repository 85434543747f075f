package ir.saorg.sehat.notification;

import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.notification.announcing.Mailbox;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What every notification-service scenario shares (and so one application context): GreenMail, the probe's topic. */
@AutoConfigureMockMvc
public abstract class NotificationScenarios extends EventFlowScenarios {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", Mailbox::port);
    }

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.NOTIFICATION_EVENTS};
    }
}
