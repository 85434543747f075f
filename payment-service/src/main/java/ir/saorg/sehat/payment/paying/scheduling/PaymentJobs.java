package ir.saorg.sehat.payment.paying.scheduling;

import ir.saorg.sehat.payment.paying.Payment;
import ir.saorg.sehat.payment.paying.PaymentStatus;
import ir.saorg.sehat.payment.paying.Payments;
import ir.saorg.sehat.payment.paying.RequestingPayment;
import ir.saorg.sehat.payment.paying.SettlingPayment;
import ir.saorg.sehat.payment.reconciling.ReconcilingPayments;
import ir.saorg.sehat.payment.refunding.RefundingPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * What happens to payments without anyone asking: opening again what waits for the gateway, checking with the gateway
 * what the payer did not come back from (and expiring it), retrying refunds, and the nightly reconciliation. Safe on
 * several instances at once: every change is a guarded transition and every repeated gateway call is idempotent.
 */
@Component
@EnableScheduling
class PaymentJobs {

    private static final Logger log = LoggerFactory.getLogger(PaymentJobs.class);
    private static final int BATCH = 100;

    private final Payments payments;
    private final RequestingPayment requesting;
    private final SettlingPayment settling;
    private final RefundingPayment refunding;
    private final ReconcilingPayments reconciling;
    private final Clock clock;

    PaymentJobs(Payments payments, RequestingPayment requesting, SettlingPayment settling, RefundingPayment refunding,
                ReconcilingPayments reconciling, Clock clock) {
        this.payments = payments;
        this.requesting = requesting;
        this.settling = settling;
        this.refunding = refunding;
        this.reconciling = reconciling;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sehat.payment.check-interval:2s}", initialDelayString = "${sehat.payment.check-interval:2s}")
    void checkPayments() {
        List<Payment> due = payments.dueForCheck(List.of(PaymentStatus.DUE, PaymentStatus.WAITING_FOR_GATEWAY,
                PaymentStatus.AWAITING_PAYER, PaymentStatus.REFUNDING), clock.instant(), BATCH);
        for (Payment payment : due) {
            try {
                switch (payment.status()) {
                    case DUE, WAITING_FOR_GATEWAY -> requesting.open(payment);
                    case AWAITING_PAYER -> settling.check(payment);
                    case REFUNDING -> refunding.attempt(payment);
                    default -> { }
                }
            } catch (RuntimeException unexpected) {
                log.error("payment job failed on payment {}", payment.id(), unexpected);
            }
        }
    }

    @Scheduled(cron = "${sehat.payment.reconciliation-cron:0 30 2 * * *}", zone = "Asia/Tehran")
    void reconcileYesterday() {
        reconciling.reconcile(reconciling.yesterday());
    }
}
