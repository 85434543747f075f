package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.request.disputes.Dispute;
import ir.saorg.sehat.request.disputes.DisputeMessage;
import ir.saorg.sehat.request.disputes.DisputeStatus;

import java.time.Instant;
import java.util.List;

/**
 * A dispute as both sides see it. {@code request} links the disputed request; {@code requestStatus} is the outcome
 * disputed. While open, {@code waitingFor} says whose turn it is (OPERATOR or STAFF); once closed, {@code outcome}
 * (SETTLED or TIMED_OUT), {@code decision}, {@code closedAt} and {@code closedBy} say how it ended.
 */
record DisputeView(String id, String requestId, String request, String university, String requestStatus,
                   String openedBy, String reason, String status, Instant openedAt, Instant closesAt,
                   String waitingFor, List<DisputeMessage> messages, String outcome, String decision,
                   Instant closedAt, String closedBy) {

    static final String PATH = "/api/v1/disputes/";

    static DisputeView of(Dispute dispute) {
        boolean open = dispute.status() == DisputeStatus.OPEN;
        return new DisputeView(dispute.id(), dispute.requestId(), "/api/v1/requests/" + dispute.requestId(),
                dispute.university(), dispute.requestStatus(), dispute.openedBy(), dispute.reason(),
                dispute.status().name(), dispute.openedAt(), dispute.closesAt(),
                open ? dispute.waitingFor().name() : null, dispute.messages(),
                dispute.outcome() == null ? null : dispute.outcome().name(), dispute.decision(), dispute.closedAt(),
                dispute.closedBy());
    }

    /** One page of a listing. */
    record Page(List<DisputeView> items, int page, int size, long total) {
    }
}
