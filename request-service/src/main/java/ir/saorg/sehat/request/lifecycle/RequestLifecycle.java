package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.code.CodeIssueFailed;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.payment.PaymentExpired;
import ir.saorg.sehat.events.payment.PaymentFailed;
import ir.saorg.sehat.events.payment.PaymentRefunded;
import ir.saorg.sehat.events.payment.PaymentRequested;
import ir.saorg.sehat.events.payment.PaymentSettled;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.request.RefundRequested;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.events.request.RequestCancelled;
import ir.saorg.sehat.events.request.RequestRejected;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.AWAITING_PAYMENT;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CALL_ENDED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CANCELLED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUE_FAILED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.PAYMENT_EXPIRED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.PAYMENT_FAILED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.REJECTED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.SUBMITTED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.UNDER_REVIEW;

/**
 * The saga of one request, as docs/architecture.md draws it:
 * <pre>
 * SUBMITTED ─waived─────────────┬─(review)→ UNDER_REVIEW ─approve→ APPROVED ─code→ CODE_ISSUED
 *     │                         │                 └─reject→ REJECTED (+ refund when paid)
 *     └─tariff→ AWAITING_PAYMENT ─paid─┘           APPROVED ─code failed→ CODE_ISSUE_FAILED (+ refund when paid)
 *                    ├─failed→ PAYMENT_FAILED   ├─expired→ PAYMENT_EXPIRED   └─call ended→ CALL_ENDED
 * SUBMITTED | AWAITING_PAYMENT ─staff cancels→ CANCELLED
 * </pre>
 * request-service drives it; the other services react to its events and publish their own facts, which come back
 * here. Every step is a guarded transition: it applies only from the state it expects, a repeat of an event already
 * applied changes nothing, and an event that fits no state is refused (retried, then dead-lettered). A payment that
 * lands on a request already closed is given back.
 */
public class RequestLifecycle {

    static final String ANNOUNCED = "RESULT_ANNOUNCED";
    static final String SERVICE = "request-service";

    private final Requests requests;
    private final RequestTypeCatalogue types;
    private final Clock clock;
    private final List<LifecycleObserver> observers;

    public RequestLifecycle(Requests requests, RequestTypeCatalogue types, Clock clock) {
        this(requests, types, clock, List.of());
    }

    public RequestLifecycle(Requests requests, RequestTypeCatalogue types, Clock clock,
                            List<LifecycleObserver> observers) {
        this.requests = requests;
        this.types = types;
        this.clock = clock;
        this.observers = List.copyOf(observers);
    }

    /** A checked submission, ready to be stored. */
    public record NewRequest(RequestType type, Map<String, String> fields, String by, String university,
                             Instant callClosesAt, String idempotencyKey, String batchId) {
    }

    /**
     * Step 1. Stores a checked request as SUBMITTED and publishes RequestSubmitted; empty when its idempotency key or
     * its student's open-request slot for the type is taken (the caller finds out which).
     */
    public Optional<Request> submit(NewRequest submission) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        RequestType type = submission.type();
        var request = new Request(id.toString(), type.code(), type.version(), submission.university(),
                submission.by(), submission.fields(), SUBMITTED, now, now.plus(type.targetTime()),
                submission.callClosesAt(), null, null, null, null, null, null, null,
                Request.openKey(type.code(), submission.fields()), submission.idempotencyKey(), submission.batchId(),
                List.of(new TimelineEntry(SUBMITTED.name(), now, submission.by(), null)));
        boolean stored = requests.insert(request, List.of(new RequestSubmitted(UUID.randomUUID(), now, id, type.code(),
                now, submission.university(), new RequestApproved.TypeName(type.nameFa(), type.nameEn()), submission.by())));
        if (!stored) {
            return Optional.empty();
        }
        observers.forEach(observer -> observer.submitted(request));
        return Optional.of(request);
    }

    /** Step 2, free. Nothing is due: the request goes to review when its type asks for it, else it is approved. */
    public void onPaymentWaived(PaymentWaived waived) {
        Request request = existing(waived.requestId().toString());
        Transition cleared = clearedFor(request, SUBMITTED, waived.eventId().toString(), List.of(), Map.of());
        if (step(cleared, Set.of(CANCELLED))) {
            whenApproved(request, cleared);
        }
    }

    /** Step 2, paid. A tariff is due: the request waits for its payment, and shows the pay link until it expires. */
    public void onPaymentRequested(PaymentRequested requested) {
        String id = requested.requestId().toString();
        step(new Transition(id, SUBMITTED, AWAITING_PAYMENT,
                new TimelineEntry(AWAITING_PAYMENT.name(), requested.occurredAt(), "payment-service",
                        requested.eventId().toString()),
                Map.of("payment", new PaymentDue(requested.amountRials(), requested.payUrl(), requested.expiresAt(),
                        null, null, null)),
                List.of()), Set.of(CANCELLED));
    }

    /**
     * Step 3. The gateway confirmed the payment: the request goes to review or is approved. Money that arrives for a
     * request already closed (cancelled, or its call ended) is recorded and given back.
     */
    public void onPaymentSettled(PaymentSettled settled) {
        Request request = existing(settled.requestId().toString());
        String eventId = settled.eventId().toString();
        PaymentDue due = request.payment();
        var paid = new PaymentDue(settled.amountRials(), due == null ? null : due.payUrl(),
                due == null ? null : due.expiresAt(), settled.settledAt(), settled.gatewayReference(), null);
        var paidLine = new TimelineEntry("PAID", settled.settledAt(), "payment-service", eventId);
        if (request.status().open()) {
            Transition cleared = clearedFor(request, AWAITING_PAYMENT, eventId, List.of(paidLine),
                    Map.of("payment", paid));
            if (step(cleared)) {
                whenApproved(request, cleared);
            }
            return;
        }
        if (request.hasApplied(eventId)) {
            return;
        }
        Instant now = clock.instant();
        String reason = "paid after the request was closed (" + request.status() + ")";
        step(new Transition(request.id(), request.status(), request.status(),
                List.of(paidLine, new TimelineEntry("REFUND_REQUESTED", now, SERVICE, eventId, reason)),
                Map.of("payment", paid), List.of(new RefundRequested(UUID.randomUUID(), now, settled.requestId(),
                reason))));
    }

    /** The payment did not go through: the request is closed; nothing was taken. */
    public void onPaymentFailed(PaymentFailed failed) {
        closeUnpaid(failed.requestId().toString(), PAYMENT_FAILED, failed.occurredAt(), failed.eventId().toString());
    }

    /** Nobody paid in time: the request is closed; nothing was taken. */
    public void onPaymentExpired(PaymentExpired expired) {
        closeUnpaid(expired.requestId().toString(), PAYMENT_EXPIRED, expired.occurredAt(),
                expired.eventId().toString());
    }

    private void closeUnpaid(String id, RequestStatus to, Instant at, String eventId) {
        step(new Transition(id, AWAITING_PAYMENT, to, new TimelineEntry(to.name(), at, "payment-service", eventId),
                Map.of(), List.of()), Set.of(CANCELLED, CALL_ENDED));
    }

    /** The compensation finished: the payment was given back. Recorded once; the status stays. */
    public void onPaymentRefunded(PaymentRefunded refunded) {
        Request request = existing(refunded.requestId().toString());
        if (request.payment() == null || request.hasApplied(refunded.eventId().toString())) {
            return;
        }
        step(new Transition(request.id(), request.status(), request.status(),
                new TimelineEntry("REFUNDED", refunded.occurredAt(), "payment-service", refunded.eventId().toString()),
                Map.of("payment", request.payment().withRefundedAt(refunded.occurredAt())), List.of()));
    }

    /** The staff member cancels a request before paying for it. */
    public Request cancel(String id, String by, String reason) {
        Request request = existing(id);
        if (request.status() != SUBMITTED && request.status() != AWAITING_PAYMENT) {
            throw new NotNowException(request, "cancel");
        }
        Instant now = clock.instant();
        act(new Transition(id, request.status(), CANCELLED, new TimelineEntry(CANCELLED.name(), now, by, null, reason),
                Map.of("outcomeReason", reason == null ? "" : reason), List.of(new RequestCancelled(UUID.randomUUID(),
                now, UUID.fromString(id), RequestCancelled.Reason.STAFF, by))), request, "cancel");
        return existing(id);
    }

    /** The call a request was submitted in ended while it was still waiting for payment: it is closed. */
    public boolean closeForEndedCall(Request request) {
        Instant now = clock.instant();
        return requests.apply(new Transition(request.id(), AWAITING_PAYMENT, CALL_ENDED,
                new TimelineEntry(CALL_ENDED.name(), now, SERVICE, null),
                Map.of(), List.of(new RequestCancelled(UUID.randomUUID(), now, UUID.fromString(request.id()),
                RequestCancelled.Reason.CALL_ENDED, SERVICE))));
    }

    /** Step 4, reviewed. An operator approves a request under review: it asks for its code. */
    public Request approve(String id, String operator) {
        Request request = existing(id);
        if (request.status() != UNDER_REVIEW) {
            throw new NotNowException(request, "approve");
        }
        Instant now = clock.instant();
        act(new Transition(id, UNDER_REVIEW, APPROVED, new TimelineEntry(APPROVED.name(), now, operator, null),
                Map.of("approvedAt", now), List.of(approved(request, now))), request, "approve");
        observers.forEach(observer -> observer.approved(request));
        return existing(id);
    }

    /**
     * An operator rejects a request under review, with a reason the staff member sees: its initial result. A paid
     * request asks for its payment back.
     */
    public Request reject(String id, String operator, String reason) {
        Request request = existing(id);
        if (request.status() != UNDER_REVIEW) {
            throw new NotNowException(request, "reject");
        }
        Instant now = clock.instant();
        List<TimelineEntry> lines = new ArrayList<>(List.of(new TimelineEntry(REJECTED.name(), now, operator, null,
                reason)));
        List<IntegrationEvent> events = new ArrayList<>(List.of(new RequestRejected(UUID.randomUUID(), now,
                UUID.fromString(id), request.type(), request.university(), reason, request.paid())));
        refundIfPaid(request, now, reason, lines, events);
        act(new Transition(id, UNDER_REVIEW, REJECTED, lines, Map.of("initialResultAt", now, "outcomeReason", reason),
                events), request, "reject");
        return withInitialResult(existing(id));
    }

    /** Steps 5 and 6. code-service issued the code: the request records it as CODE_ISSUED, its initial result. */
    public void onCodeIssued(CodeIssued issued) {
        String id = issued.requestId().toString();
        boolean applied = step(new Transition(id, APPROVED, CODE_ISSUED,
                new TimelineEntry(CODE_ISSUED.name(), clock.instant(), "code-service", issued.eventId().toString()),
                Map.of("code", new IssuedCode(issued.code(), issued.issuedAt(), issued.expiresAt()),
                        "initialResultAt", issued.issuedAt()),
                List.of()));
        if (applied) {
            withInitialResult(existing(id));
        }
    }

    /** code-service gave up issuing a code: the request is closed with the reason; a payment is given back. */
    public void onCodeIssueFailed(CodeIssueFailed failed) {
        Request request = existing(failed.requestId().toString());
        Instant now = clock.instant();
        String reason = failed.reason().name();
        List<TimelineEntry> lines = new ArrayList<>(List.of(new TimelineEntry(CODE_ISSUE_FAILED.name(), now,
                "code-service", failed.eventId().toString(), reason)));
        List<IntegrationEvent> events = new ArrayList<>();
        refundIfPaid(request, now, "no code could be issued: " + reason, lines, events);
        step(new Transition(request.id(), APPROVED, CODE_ISSUE_FAILED, lines, Map.of("outcomeReason", reason),
                events));
    }

    /**
     * Step 6, last part. notification-service delivered the result to the staff member: the moment the agreement's
     * clock stops. Recorded once, whichever of this and the result itself arrives first.
     */
    public void onNotificationDelivered(NotificationDelivered delivered) {
        if (!"CODE_ISSUED".equals(delivered.subject()) && !"REQUEST_REJECTED".equals(delivered.subject())) {
            return;
        }
        String id = delivered.requestId().toString();
        var entry = new TimelineEntry(ANNOUNCED, delivered.deliveredAt(), "notification-service",
                delivered.eventId().toString());
        requests.recordAnnouncement(id, entry).ifPresentOrElse(
                announced -> observers.forEach(observer -> observer.announced(announced)), () -> existing(id));
    }

    private Transition clearedFor(Request request, RequestStatus from, String eventId, List<TimelineEntry> before,
                                  Map<String, Object> facts) {
        Instant now = clock.instant();
        List<TimelineEntry> lines = new ArrayList<>(before);
        Map<String, Object> set = new HashMap<>(facts);
        if (typeOf(request).reviewRequired()) {
            lines.add(new TimelineEntry(UNDER_REVIEW.name(), now, SERVICE, eventId));
            return new Transition(request.id(), from, UNDER_REVIEW, lines, set, List.of());
        }
        lines.add(new TimelineEntry(APPROVED.name(), now, SERVICE, eventId));
        set.put("approvedAt", now);
        return new Transition(request.id(), from, APPROVED, lines, set, List.of(approved(request, now)));
    }

    private void refundIfPaid(Request request, Instant now, String reason, List<TimelineEntry> lines,
                              List<IntegrationEvent> events) {
        if (request.paid()) {
            lines.add(new TimelineEntry("REFUND_REQUESTED", now, SERVICE, null, reason));
            events.add(new RefundRequested(UUID.randomUUID(), now, UUID.fromString(request.id()), reason));
        }
    }

    private IntegrationEvent approved(Request request, Instant now) {
        return Approvals.of(request, typeOf(request), now, null);
    }

    private RequestType typeOf(Request request) {
        return types.version(request.type(), request.typeVersion()).orElseThrow(() ->
                new IllegalTransitionException("request " + request.id() + " has unknown type " + request.type()
                        + " v" + request.typeVersion()));
    }

    private void whenApproved(Request request, Transition cleared) {
        if (cleared.to() == APPROVED) {
            observers.forEach(observer -> observer.approved(request));
        }
    }

    private Request withInitialResult(Request request) {
        observers.forEach(observer -> observer.initialResult(request));
        return request;
    }

    /** @return true when the step was applied now, false when the same event had applied it before */
    private boolean step(Transition transition) {
        return step(transition, Set.of());
    }

    /**
     * A step that the request may have outgrown: when it is already closed in one of {@code closedIn} (the staff
     * cancelled it, its call ended), the fact changes nothing. The request is read only when the guarded write fails.
     */
    private boolean step(Transition transition, Set<RequestStatus> closedIn) {
        if (requests.apply(transition)) {
            return true;
        }
        Request current = existing(transition.requestId());
        if (current.hasApplied(transition.eventId()) || closedIn.contains(current.status())) {
            return false;
        }
        throw new IllegalTransitionException("request " + current.id() + " is " + current.status() + "; cannot move from "
                + transition.from() + " to " + transition.to());
    }

    private void act(Transition transition, Request seen, String action) {
        if (!requests.apply(transition)) {
            throw new NotNowException(existing(seen.id()), action);
        }
    }

    private Request existing(String id) {
        return requests.find(id).orElseThrow(() -> new IllegalTransitionException("no request " + id));
    }

    /** A person asked for something the request's status does not allow (or another change got there first). */
    public static class NotNowException extends RuntimeException {

        private final transient Request request;
        private final String action;

        public NotNowException(Request request, String action) {
            super("cannot " + action + " request " + request.id() + " in status " + request.status());
            this.request = request;
            this.action = action;
        }

        public Request request() {
            return request;
        }

        public String action() {
            return action;
        }
    }
}
