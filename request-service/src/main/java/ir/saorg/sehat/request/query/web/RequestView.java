package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.request.lifecycle.PaymentDue;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Instant;
import java.util.List;

/**
 * A request as staff see it. {@code payment} is absent for free types; its pay link only while payment is awaited.
 * {@code code} is absent until one is issued.
 */
record RequestView(String id, String type, String university, String status, Instant submittedAt, Instant resultAnnouncedAt,
                   PaymentView payment, CodeView code, List<TimelineEntry> timeline) {

    record PaymentView(long amountRials, String payUrl, Instant expiresAt, Instant settledAt, String gatewayReference,
                       String receipt) {

        static PaymentView of(Request request) {
            PaymentDue due = request.payment();
            if (due == null) {
                return null;
            }
            boolean payable = request.status() == RequestStatus.AWAITING_PAYMENT;
            return new PaymentView(due.amountRials(), payable ? due.payUrl() : null, due.expiresAt(), due.settledAt(),
                    due.gatewayReference(), due.settledAt() == null ? null : "/payments/" + request.id() + "/receipt");
        }
    }

    record CodeView(String value, String display, Instant issuedAt, Instant expiresAt) {
    }

    static RequestView of(Request request) {
        var code = request.code() == null ? null : new CodeView(request.code().value(), request.code().display(),
                request.code().issuedAt(), request.code().expiresAt());
        return new RequestView(request.id(), request.type(), request.university(), request.status().name(),
                request.submittedAt(), request.resultAnnouncedAt(), PaymentView.of(request), code, request.timeline());
    }
}
