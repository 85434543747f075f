package ir.saorg.sehat.notification.delivery.scheduling;

import ir.saorg.sehat.notification.delivery.Dispatching;
import ir.saorg.sehat.notification.delivery.config.DeliveryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Sends what is due without anyone asking: retries after back-off, deliveries released by a full bulkhead, and
 * deliveries whose worker died while sending them (their lease ran out). Safe on several instances: each claim is a
 * conditional update that only one of them wins.
 */
@Component
@EnableScheduling
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final List<Dispatching> dispatchers;
    private final int batchSize;

    DeliveryWorker(@Qualifier("staffDispatching") Dispatching staff, @Qualifier("webhookDispatching") Dispatching webhooks,
                   DeliveryProperties settings) {
        this.dispatchers = List.of(staff, webhooks);
        this.batchSize = settings.batchSize();
    }

    @Scheduled(fixedDelayString = "${sehat.notification.delivery.poll-interval:500ms}",
            initialDelayString = "${sehat.notification.delivery.poll-interval:500ms}")
    void sendDue() {
        for (Dispatching dispatching : dispatchers) {
            try {
                while (dispatching.sendDue(batchSize) == batchSize) {
                    log.debug("a full batch was due; looking again");
                }
            } catch (RuntimeException e) {
                log.error("sending due deliveries failed; trying again at the next poll", e);
            }
        }
    }
}
