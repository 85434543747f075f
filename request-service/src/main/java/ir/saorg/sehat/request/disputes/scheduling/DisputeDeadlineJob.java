package ir.saorg.sehat.request.disputes.scheduling;

import ir.saorg.sehat.request.disputes.ClosingOverdueDisputes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes disputes whose negotiation period ran out, every {@code sehat.request.disputes.deadline-check} (one minute).
 */
@Configuration
@EnableScheduling
class DisputeDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DisputeDeadlineJob.class);

    private final ClosingOverdueDisputes closing;

    DisputeDeadlineJob(ClosingOverdueDisputes closing) {
        this.closing = closing;
    }

    @Scheduled(fixedDelayString = "${sehat.request.disputes.deadline-check:PT1M}", initialDelayString = "PT10S")
    void closeOverdueDisputes() {
        int closed = closing.closeDue();
        if (closed > 0) {
            log.info("Closed {} disputes whose negotiation period ran out; the organization's decision stands", closed);
        }
    }
}
