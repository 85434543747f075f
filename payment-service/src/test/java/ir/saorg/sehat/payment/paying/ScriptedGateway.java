package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.payment.gateway.GatewayStatus;
import ir.saorg.sehat.payment.gateway.GatewayUnavailableException;
import ir.saorg.sehat.payment.gateway.OpenedPayment;
import ir.saorg.sehat.payment.gateway.OpeningPayment;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.gateway.RefundReceipt;
import ir.saorg.sehat.payment.gateway.ReportedPayment;
import ir.saorg.sehat.payment.gateway.Verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway whose sessions a test drives by hand, following the Zarinpal rules (verify 100 then 101, -50 on another
 * amount), and which can be told to be unavailable for some calls.
 */
public class ScriptedGateway implements PaymentGateway {

    public final Map<String, Session> sessions = new ConcurrentHashMap<>();
    public final AtomicInteger verifyCalls = new AtomicInteger();
    public final AtomicInteger inquiryCalls = new AtomicInteger();
    public final AtomicInteger refundCalls = new AtomicInteger();
    public volatile boolean down;
    public volatile int verifyTimeouts;
    public volatile int refundFailures;
    public final List<ReportedPayment> extraReport = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger(1);

    public static final class Session {
        public final String orderId;
        public volatile long amount;
        public volatile GatewayStatus status = GatewayStatus.IN_BANK;
        public volatile String refundId;
        public volatile Instant paidAt;

        Session(String orderId, long amount) {
            this.orderId = orderId;
            this.amount = amount;
        }
    }

    @Override
    public OpenedPayment open(OpeningPayment payment) {
        unavailableIfDown();
        String authority = "S" + String.format("%035d", next.getAndIncrement());
        sessions.put(authority, new Session(payment.orderId(), payment.amountRials()));
        return new OpenedPayment(authority, "https://sandbox.test/StartPay/" + authority);
    }

    @Override
    public synchronized Verification verify(String authority, long amountRials) {
        verifyCalls.incrementAndGet();
        unavailableIfDown();
        Session session = sessions.get(authority);
        if (verifyTimeouts > 0) {
            verifyTimeouts--;
            if (session != null && session.status == GatewayStatus.PAID) {
                session.status = GatewayStatus.VERIFIED; // the gateway did it; only the answer was lost
            }
            throw new GatewayUnavailableException("read timed out", null);
        }
        if (session == null) {
            return new Verification(Verification.Outcome.UNKNOWN_PAYMENT, null, null, -54);
        }
        if (session.amount != amountRials) {
            return new Verification(Verification.Outcome.AMOUNT_MISMATCH, null, null, -50);
        }
        return switch (session.status) {
            case PAID -> {
                session.status = GatewayStatus.VERIFIED;
                yield new Verification(Verification.Outcome.VERIFIED, ref(authority), "502229******5995", 100);
            }
            case VERIFIED -> new Verification(Verification.Outcome.ALREADY_VERIFIED, ref(authority), "502229******5995", 101);
            default -> new Verification(Verification.Outcome.NOT_PAID, null, null, -51);
        };
    }

    @Override
    public GatewayStatus inquire(String authority) {
        inquiryCalls.incrementAndGet();
        unavailableIfDown();
        return sessions.get(authority).status;
    }

    @Override
    public synchronized RefundReceipt refund(String authority, long amountRials, String description) {
        refundCalls.incrementAndGet();
        unavailableIfDown();
        if (refundFailures > 0) {
            refundFailures--;
            throw new GatewayUnavailableException("refund service down", null);
        }
        Session session = sessions.get(authority);
        if (session.refundId != null) {
            return new RefundReceipt(session.refundId, true);
        }
        session.refundId = "R" + authority.substring(authority.length() - 6);
        return new RefundReceipt(session.refundId, false);
    }

    @Override
    public List<ReportedPayment> report(LocalDate businessDay) {
        unavailableIfDown();
        var report = new ArrayList<ReportedPayment>(extraReport);
        sessions.forEach((authority, s) -> {
            if (s.paidAt != null) {
                report.add(new ReportedPayment(authority, s.orderId, s.amount, s.status.name(), ref(authority),
                        s.paidAt));
            }
        });
        return report;
    }

    /** The payer pays on the gateway's page. */
    public void pay(String authority, Instant at) {
        Session session = sessions.get(authority);
        session.status = GatewayStatus.PAID;
        session.paidAt = at;
    }

    private void unavailableIfDown() {
        if (down) {
            throw new GatewayUnavailableException("gateway down", null);
        }
    }

    private static String ref(String authority) {
        return String.valueOf(200 + Integer.parseInt(authority.substring(authority.length() - 6)));
    }
}
