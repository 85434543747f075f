package ir.saorg.sehat.events;

import ir.saorg.sehat.events.code.CodeExpired;
import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.events.code.CodeValidityExtended;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.notification.NotificationFailed;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentMismatchFound;
import ir.saorg.sehat.events.payment.PaymentRefunded;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.payment.RefundFailed;
import ir.saorg.sehat.events.request.DisputeAnswered;
import ir.saorg.sehat.events.request.DisputeClosed;
import ir.saorg.sehat.events.request.DisputeOpened;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.events.request.RequestCancelled;
import ir.saorg.sehat.events.request.RequestRejected;
import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.events.request.RefundRequested;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of every event type Sehat publishes. docs/events.md is checked against it by a test. */
public final class EventTypes {

    public static final EventType<RequestSubmitted> REQUEST_SUBMITTED =
            new EventType<>("ir.saorg.sehat.request.submitted.v1", Topics.REQUEST_EVENTS, RequestSubmitted.class);
    public static final EventType<RequestApproved> REQUEST_APPROVED =
            new EventType<>("ir.saorg.sehat.request.approved.v1", Topics.REQUEST_EVENTS, RequestApproved.class);
    public static final EventType<RefundRequested> REFUND_REQUESTED =
            new EventType<>("ir.saorg.sehat.request.refund_requested.v1", Topics.REQUEST_EVENTS,
                    RefundRequested.class);
    public static final EventType<RequestCancelled> REQUEST_CANCELLED =
            new EventType<>("ir.saorg.sehat.request.cancelled.v1", Topics.REQUEST_EVENTS, RequestCancelled.class);
    public static final EventType<RequestRejected> REQUEST_REJECTED =
            new EventType<>("ir.saorg.sehat.request.rejected.v1", Topics.REQUEST_EVENTS, RequestRejected.class);
    public static final EventType<DisputeOpened> DISPUTE_OPENED =
            new EventType<>("ir.saorg.sehat.request.dispute_opened.v1", Topics.REQUEST_EVENTS, DisputeOpened.class);
    public static final EventType<DisputeAnswered> DISPUTE_ANSWERED =
            new EventType<>("ir.saorg.sehat.request.dispute_answered.v1", Topics.REQUEST_EVENTS,
                    DisputeAnswered.class);
    public static final EventType<DisputeClosed> DISPUTE_CLOSED =
            new EventType<>("ir.saorg.sehat.request.dispute_closed.v1", Topics.REQUEST_EVENTS, DisputeClosed.class);
    public static final EventType<SlaBreached> SLA_BREACHED =
            new EventType<>("ir.saorg.sehat.request.sla_breached.v1", Topics.REQUEST_EVENTS, SlaBreached.class);
    public static final EventType<PaymentWaived> PAYMENT_WAIVED =
            new EventType<>("ir.saorg.sehat.payment.waived.v1", Topics.PAYMENT_EVENTS, PaymentWaived.class);
    public static final EventType<PaymentRequested> PAYMENT_REQUESTED =
            new EventType<>("ir.saorg.sehat.payment.requested.v1", Topics.PAYMENT_EVENTS, PaymentRequested.class);
    public static final EventType<PaymentSettled> PAYMENT_SETTLED =
            new EventType<>("ir.saorg.sehat.payment.settled.v1", Topics.PAYMENT_EVENTS, PaymentSettled.class);
    public static final EventType<PaymentFailed> PAYMENT_FAILED =
            new EventType<>("ir.saorg.sehat.payment.failed.v1", Topics.PAYMENT_EVENTS, PaymentFailed.class);
    public static final EventType<PaymentExpired> PAYMENT_EXPIRED =
            new EventType<>("ir.saorg.sehat.payment.expired.v1", Topics.PAYMENT_EVENTS, PaymentExpired.class);
    public static final EventType<PaymentRefunded> PAYMENT_REFUNDED =
            new EventType<>("ir.saorg.sehat.payment.refunded.v1", Topics.PAYMENT_EVENTS, PaymentRefunded.class);
    public static final EventType<RefundFailed> REFUND_FAILED =
            new EventType<>("ir.saorg.sehat.payment.refund_failed.v1", Topics.PAYMENT_EVENTS, RefundFailed.class);
    public static final EventType<PaymentMismatchFound> PAYMENT_MISMATCH_FOUND =
            new EventType<>("ir.saorg.sehat.payment.mismatch_found.v1", Topics.PAYMENT_EVENTS,
                    PaymentMismatchFound.class);
    public static final EventType<CodeIssued> CODE_ISSUED =
            new EventType<>("ir.saorg.sehat.code.issued.v1", Topics.CODE_EVENTS, CodeIssued.class);
    public static final EventType<CodeExpired> CODE_EXPIRED =
            new EventType<>("ir.saorg.sehat.code.expired.v1", Topics.CODE_EVENTS, CodeExpired.class);
    public static final EventType<CodeIssueFailed> CODE_ISSUE_FAILED =
            new EventType<>("ir.saorg.sehat.code.issue_failed.v1", Topics.CODE_EVENTS, CodeIssueFailed.class);
    public static final EventType<CodeRevoked> CODE_REVOKED =
            new EventType<>("ir.saorg.sehat.code.revoked.v1", Topics.CODE_EVENTS, CodeRevoked.class);
    public static final EventType<CodeValidityExtended> CODE_VALIDITY_EXTENDED =
            new EventType<>("ir.saorg.sehat.code.validity_extended.v1", Topics.CODE_EVENTS,
                    CodeValidityExtended.class);
    public static final EventType<NotificationDelivered> NOTIFICATION_DELIVERED =
            new EventType<>("ir.saorg.sehat.notification.delivered.v1", Topics.NOTIFICATION_EVENTS,
                    NotificationDelivered.class);
    public static final EventType<NotificationFailed> NOTIFICATION_FAILED =
            new EventType<>("ir.saorg.sehat.notification.failed.v1", Topics.NOTIFICATION_EVENTS,
                    NotificationFailed.class);

    public static final List<EventType<?>> ALL =
            List.of(REQUEST_SUBMITTED, REQUEST_APPROVED, REFUND_REQUESTED, REQUEST_CANCELLED, REQUEST_REJECTED,
                    DISPUTE_OPENED, DISPUTE_ANSWERED, DISPUTE_CLOSED, SLA_BREACHED, PAYMENT_WAIVED, PAYMENT_REQUESTED,
                    PAYMENT_SETTLED, PAYMENT_FAILED, PAYMENT_EXPIRED, PAYMENT_REFUNDED, REFUND_FAILED,
                    PAYMENT_MISMATCH_FOUND, CODE_ISSUED, CODE_ISSUE_FAILED, CODE_EXPIRED, CODE_REVOKED, CODE_VALIDITY_EXTENDED,
                    NOTIFICATION_DELIVERED, NOTIFICATION_FAILED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payload, Function.identity()));

    private EventTypes() {
    }

    /** The type with this CloudEvents name, if Sehat knows it. */
    public static Optional<EventType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The type whose payload is this record. */
    @SuppressWarnings("unchecked")
    public static <E extends IntegrationEvent> EventType<E> of(Class<E> payload) {
        EventType<?> type = BY_PAYLOAD.get(payload);
        if (type == null) {
            throw new IllegalArgumentException(payload.getName() + " is not a registered integration event");
        }
        return (EventType<E>) type;
    }
}
