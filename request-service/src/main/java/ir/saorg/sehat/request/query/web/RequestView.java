package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.request.lifecycle.PaymentDue;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestStatus;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as staff see it. {@code payment} is absent for free types; its pay link only while payment is awaited.
 * {@code code} is absent until one is issued; {@code outcomeReason} says why it was rejected, cancelled or failed;
 * {@code corrects} and {@code correctedBy} link a corrected record and its correction.
 */
public record RequestView(String id, String type, int typeVersion, String university, Map<String, String> fields,
                          String status, Instant submittedAt, Instant resultDueAt, Instant callClosesAt,
                          Instant initialResultAt, Instant resultAnnouncedAt, Instant slaBreachedAt,
                          String outcomeReason, String batchId, PaymentView payment, CodeView code,
                          List<TimelineEntry> timeline, String corrects, String correctedBy) {

    /** The payment, as staff see it. */
    public record PaymentView(long amountRials, String payUrl, Instant expiresAt, Instant settledAt,
                              String gatewayReference, Instant refundedAt, String receipt) {

        static PaymentView of(Request request) {
            PaymentDue due = request.payment();
            if (due == null) {
                return null;
            }
            boolean payable = request.status() == RequestStatus.AWAITING_PAYMENT;
            return new PaymentView(due.amountRials(), payable ? due.payUrl() : null, due.expiresAt(), due.settledAt(),
                    due.gatewayReference(), due.refundedAt(),
                    due.settledAt() == null ? null : "/payments/" + request.id() + "/receipt");
        }
    }

    /** The issued code, as digits and as people read it. */
    public record CodeView(String value, String display, Instant issuedAt, Instant expiresAt) {
    }

    public static RequestView of(Request request) {
        var code = request.code() == null ? null : new CodeView(request.code().value(), request.code().display(),
                request.code().issuedAt(), request.code().expiresAt());
        return new RequestView(request.id(), request.type(), request.typeVersion(), request.university(),
                request.fields(), request.status().name(), request.submittedAt(), request.resultDueAt(),
                request.callClosesAt(), request.initialResultAt(), request.resultAnnouncedAt(),
                request.slaBreachedAt(), request.outcomeReason(), request.batchId(), PaymentView.of(request), code,
                request.timeline(), request.corrects(), request.correctedBy());
    }
}
