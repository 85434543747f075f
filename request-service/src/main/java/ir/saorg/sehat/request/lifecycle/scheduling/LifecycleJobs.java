package ir.saorg.sehat.request.lifecycle.scheduling;

import ir.saorg.sehat.request.lifecycle.ClosingEndedCalls;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/** The lifecycle's clock-driven steps: closing requests whose call ended while they waited for payment. */
@Configuration
@EnableScheduling
class LifecycleJobs {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleJobs.class);

    private final ClosingEndedCalls closing;

    LifecycleJobs(Requests requests, RequestLifecycle lifecycle, ObjectProvider<Clock> clock) {
        this.closing = new ClosingEndedCalls(requests, lifecycle, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    ClosingEndedCalls closingEndedCalls() {
        return closing;
    }

    @Scheduled(fixedDelayString = "${sehat.request.call-end-check:PT1M}", initialDelayString = "PT10S")
    void closeEndedCalls() {
        int closed = closing.closeAll();
        if (closed > 0) {
            LOG.info("Closed {} request(s) whose call ended while they waited for payment", closed);
        }
    }
}
