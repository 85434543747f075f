package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.AWAITING_PAYMENT;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.PAYMENT_EXPIRED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.PAYMENT_FAILED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.SUBMITTED;

/**
 * The saga of one request, step by step as docs/architecture.md numbers it. request-service drives it; the other
 * services react to its events and publish their own facts, which come back here. Every step is a guarded
 * transition: it applies only from the state it expects, a repeat of an event already applied changes nothing, and an
 * event that fits no state is refused.
 */
public class RequestLifecycle {

    static final String ANNOUNCED = "RESULT_ANNOUNCED";

    private final Requests requests;
    private final Clock clock;

    public RequestLifecycle(Requests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Step 1. A staff member submits a checked request: stored as SUBMITTED, and RequestSubmitted goes out. */
    public Request submit(RequestType type, Map<String, String> fields, String by, String university) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        var request = new Request(id.toString(), type.code(), university, fields, SUBMITTED, now, null, null, null, null,
                List.of(new TimelineEntry(SUBMITTED.name(), now, by, null)));
        requests.insert(request, List.of(new RequestSubmitted(UUID.randomUUID(), now, id, type.code(), now, university,
                new RequestApproved.TypeName(type.nameFa(), type.nameEn()))));
        return request;
    }

    /**
     * Steps 2 to 4, free. payment-service found nothing due: the request is APPROVED (review, where a type asks for
     * it, comes with the request-types feature), and RequestApproved asks code-service for a code.
     */
    public void onPaymentWaived(PaymentWaived waived) {
        String id = waived.requestId().toString();
        Request request = existing(id);
        Instant now = clock.instant();
        step(new Transition(id, SUBMITTED, APPROVED,
                new TimelineEntry(APPROVED.name(), now, "payment-service", waived.eventId().toString()),
                Map.of("approvedAt", now), List.of(approved(request, now))));
    }

    /** Step 2, paid. A tariff is due: the request waits for its payment, and shows the pay link until it expires. */
    public void onPaymentRequested(PaymentRequested requested) {
        String id = requested.requestId().toString();
        step(new Transition(id, SUBMITTED, AWAITING_PAYMENT,
                new TimelineEntry(AWAITING_PAYMENT.name(), requested.occurredAt(), "payment-service",
                        requested.eventId().toString()),
                Map.of("payment", new PaymentDue(requested.amountRials(), requested.payUrl(), requested.expiresAt(),
                        null, null)),
                List.of()));
    }

    /** Steps 3 and 4, paid. The gateway confirmed the payment: the request is APPROVED and asks for its code. */
    public void onPaymentSettled(PaymentSettled settled) {
        String id = settled.requestId().toString();
        Request request = existing(id);
        Instant now = clock.instant();
        String eventId = settled.eventId().toString();
        PaymentDue due = request.payment();
        var paid = new PaymentDue(settled.amountRials(), due == null ? null : due.payUrl(),
                due == null ? null : due.expiresAt(), settled.settledAt(), settled.gatewayReference());
        step(new Transition(id, AWAITING_PAYMENT, APPROVED,
                List.of(new TimelineEntry("PAID", settled.settledAt(), "payment-service", eventId),
                        new TimelineEntry(APPROVED.name(), now, "payment-service", eventId)),
                Map.of("approvedAt", now, "payment", paid), List.of(approved(request, now))));
    }

    /** The payment did not go through: the request is closed; nothing was taken. */
    public void onPaymentFailed(PaymentFailed failed) {
        String id = failed.requestId().toString();
        step(new Transition(id, AWAITING_PAYMENT, PAYMENT_FAILED,
                new TimelineEntry(PAYMENT_FAILED.name(), failed.occurredAt(), "payment-service",
                        failed.eventId().toString()),
                Map.of(), List.of()));
    }

    /** Nobody paid in time: the request is closed; nothing was taken. */
    public void onPaymentExpired(PaymentExpired expired) {
        String id = expired.requestId().toString();
        step(new Transition(id, AWAITING_PAYMENT, PAYMENT_EXPIRED,
                new TimelineEntry(PAYMENT_EXPIRED.name(), expired.occurredAt(), "payment-service",
                        expired.eventId().toString()),
                Map.of(), List.of()));
    }

    private IntegrationEvent approved(Request request, Instant now) {
        RequestType type = RequestTypes.byCode(request.type()).orElseThrow(() ->
                new IllegalTransitionException("request " + request.id() + " has unknown type " + request.type()));
        var holder = new RequestApproved.Holder(request.fields().get("nationalId"),
                request.fields().get("studentNumber"), request.fields().get("fullName"));
        return new RequestApproved(UUID.randomUUID(), now, UUID.fromString(request.id()), type.code(), holder,
                type.codeValidityDays(), new RequestApproved.TypeName(type.nameFa(), type.nameEn()),
                request.university(), type.maxExtensionDays());
    }

    /** Steps 5 and 6. code-service issued the code: the request records it as CODE_ISSUED, its initial result. */
    public void onCodeIssued(CodeIssued issued) {
        String id = issued.requestId().toString();
        step(new Transition(id, APPROVED, CODE_ISSUED,
                new TimelineEntry(CODE_ISSUED.name(), clock.instant(), "code-service", issued.eventId().toString()),
                Map.of("code", new IssuedCode(issued.code(), issued.issuedAt(), issued.expiresAt())),
                List.of()));
    }

    /**
     * Step 6, last part. notification-service delivered the result to the staff member: the moment the agreement's
     * clock stops. Recorded once, whichever of this and CodeIssued arrives first.
     */
    public void onNotificationDelivered(NotificationDelivered delivered) {
        if (!"CODE_ISSUED".equals(delivered.subject())) {
            return;
        }
        String id = delivered.requestId().toString();
        var entry = new TimelineEntry(ANNOUNCED, delivered.deliveredAt(), "notification-service",
                delivered.eventId().toString());
        if (!requests.recordAnnouncement(id, entry)) {
            existing(id);
        }
    }

    private void step(Transition transition) {
        if (requests.apply(transition)) {
            return;
        }
        Request current = existing(transition.requestId());
        if (current.hasApplied(transition.eventId())) {
            return;
        }
        throw new IllegalTransitionException("request " + current.id() + " is " + current.status() + "; cannot move from "
                + transition.from() + " to " + transition.to());
    }

    private Request existing(String id) {
        return requests.find(id).orElseThrow(() -> new IllegalTransitionException("no request " + id));
    }
}
