package ir.saorg.sehat.code.validity.scheduling;

import ir.saorg.sehat.code.validity.AnnouncingExpiry;
import ir.saorg.sehat.code.validity.ExpiringCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/** Announces expired codes every {@code sehat.code.expiry-interval} (one minute by default). */
@Configuration
@EnableScheduling
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final AnnouncingExpiry announcing;

    ExpiryJob(AnnouncingExpiry announcing) {
        this.announcing = announcing;
    }

    @Scheduled(fixedDelayString = "${sehat.code.expiry-interval:60s}", initialDelayString = "${sehat.code.expiry-interval:60s}")
    void announceExpiredCodes() {
        int announced = announcing.announceDue();
        if (announced > 0) {
            log.info("Announced the expiry of {} codes", announced);
        }
    }

    @Configuration
    static class Wiring {

        @Bean
        AnnouncingExpiry announcingExpiry(ExpiringCodes codes) {
            return new AnnouncingExpiry(codes, Clock.systemUTC());
        }
    }
}
