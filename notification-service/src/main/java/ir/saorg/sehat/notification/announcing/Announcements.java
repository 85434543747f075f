package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentRefunded;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.request.DisputeAnswered;
import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.events.request.DisputeOpened;
import ir.saorg.sehat.events.request.RequestCancelled;
import ir.saorg.sehat.events.request.RequestRejected;
import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.notification.templates.Fact;

import java.util.Map;

/** The one translation from each reported event to its announcement. */
public final class Announcements {

    private final String publicUrl;

    /** @param publicUrl where people reach Sehat (SEHAT_PUBLIC_URL), for the PDF link */
    public Announcements(String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public Announcement of(PaymentRequested e) {
        return new Announcement(e.eventId(), EventTypes.PAYMENT_REQUESTED.name(), e.requestId(),
                Subject.PAYMENT_REQUESTED, null, e.requestType(), Map.of("amount", new Fact.Amount(e.amountRials()),
                "payUrl", new Fact.Link(e.payUrl()), "expiresAt", new Fact.Moment(e.expiresAt())));
    }

    public Announcement of(CodeIssued e) {
        return new Announcement(e.eventId(), EventTypes.CODE_ISSUED.name(), e.requestId(), Subject.CODE_ISSUED, null,
                e.requestType(), Map.of("code", new Fact.Code(e.code()),
                "proofUrl", new Fact.Link(publicUrl + "/api/v1/codes/" + e.code() + "/proof.pdf"),
                "expiresAt", new Fact.Moment(e.expiresAt())));
    }

    public Announcement of(RequestRejected e) {
        return new Announcement(e.eventId(), EventTypes.REQUEST_REJECTED.name(), e.requestId(),
                Subject.REQUEST_REJECTED, e.university(), e.requestType(), Map.of("reason", text(e.reason()),
                "refund", new Fact.Term(e.paid() ? "rejected.refund" : "rejected.free")));
    }

    public Announcement of(RequestCancelled e) {
        return new Announcement(e.eventId(), EventTypes.REQUEST_CANCELLED.name(), e.requestId(),
                Subject.REQUEST_CANCELLED, null, null, Map.of("reason", term("cancelled.", e.reason())));
    }

    public Announcement of(PaymentFailed e) {
        return new Announcement(e.eventId(), EventTypes.PAYMENT_FAILED.name(), e.requestId(), Subject.PAYMENT_FAILED,
                null, null, Map.of("reason", term("paymentFailed.", e.reason())));
    }

    public Announcement of(PaymentExpired e) {
        return new Announcement(e.eventId(), EventTypes.PAYMENT_EXPIRED.name(), e.requestId(),
                Subject.PAYMENT_EXPIRED, null, null, Map.of("expiresAt", new Fact.Moment(e.expiresAt())));
    }

    public Announcement of(PaymentRefunded e) {
        return new Announcement(e.eventId(), EventTypes.PAYMENT_REFUNDED.name(), e.requestId(),
                Subject.PAYMENT_REFUNDED, null, null, Map.of("amount", new Fact.Amount(e.amountRials()),
                "refundReference", new Fact.Ltr(e.refundReference() == null ? "-" : e.refundReference())));
    }

    public Announcement of(CodeIssueFailed e) {
        return new Announcement(e.eventId(), EventTypes.CODE_ISSUE_FAILED.name(), e.requestId(),
                Subject.CODE_ISSUE_FAILED, null, e.requestType(), Map.of("reason", term("codeIssueFailed.", e.reason())));
    }

    public Announcement of(DisputeOpened e) {
        return new Announcement(e.eventId(), EventTypes.DISPUTE_OPENED.name(), e.requestId(), Subject.DISPUTE_OPENED,
                e.university(), null, Map.of("reason", text(e.reason()), "closesAt", new Fact.Moment(e.closesAt())));
    }

    public Announcement of(DisputeAnswered e) {
        return new Announcement(e.eventId(), EventTypes.DISPUTE_ANSWERED.name(), e.requestId(),
                Subject.DISPUTE_ANSWERED, e.university(), null, Map.of("answer", text(e.answer())));
    }

    public Announcement of(DisputeClosed e) {
        return new Announcement(e.eventId(), EventTypes.DISPUTE_CLOSED.name(), e.requestId(), Subject.DISPUTE_CLOSED,
                e.university(), null, Map.of("outcome", term("dispute.", e.outcome()), "decision", text(e.decision())));
    }

    public Announcement of(SlaBreached e) {
        return new Announcement(e.eventId(), EventTypes.SLA_BREACHED.name(), e.requestId(), Subject.SLA_BREACHED,
                e.university(), e.requestType(), Map.of("university", new Fact.Ltr(e.university() == null ? "-"
                : e.university()), "submittedAt", new Fact.Moment(e.submittedAt()), "dueAt",
                new Fact.Moment(e.dueAt())));
    }

    private static Fact text(String value) {
        return new Fact.Text(value == null ? "" : value);
    }

    private static Fact term(String prefix, Enum<?> value) {
        return new Fact.Term(value == null ? "unknown" : prefix + value.name());
    }
}
