package ir.saorg.sehat.request.sla.scheduling;

import ir.saorg.sehat.request.sla.DetectingBreaches;
import ir.saorg.sehat.request.sla.OpenPastTargetGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code sehat.request.sla.check-interval} (one minute by default): marks and announces new breaches, then
 * refreshes the open-past-target gauge.
 */
@Configuration
@EnableScheduling
class BreachJob {

    private static final Logger log = LoggerFactory.getLogger(BreachJob.class);

    private final DetectingBreaches detecting;
    private final OpenPastTargetGauge openPastTarget;

    BreachJob(DetectingBreaches detecting, OpenPastTargetGauge openPastTarget) {
        this.detecting = detecting;
        this.openPastTarget = openPastTarget;
    }

    @Scheduled(fixedDelayString = "${sehat.request.sla.check-interval:60s}",
            initialDelayString = "${sehat.request.sla.check-interval:60s}")
    void detectBreaches() {
        int marked = detecting.detect();
        if (marked > 0) {
            log.info("Marked {} requests as past their target time", marked);
        }
        openPastTarget.refresh();
    }
}
