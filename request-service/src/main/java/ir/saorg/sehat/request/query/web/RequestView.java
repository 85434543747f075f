package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Instant;
import java.util.List;

/** A request as staff see it. {@code code} is absent until one is issued. */
record RequestView(String id, String type, String status, Instant submittedAt, Instant resultAnnouncedAt,
                   CodeView code, List<TimelineEntry> timeline) {

    record CodeView(String value, String display, Instant issuedAt, Instant expiresAt) {
    }

    static RequestView of(Request request) {
        var code = request.code() == null ? null : new CodeView(request.code().value(), request.code().display(),
                request.code().issuedAt(), request.code().expiresAt());
        return new RequestView(request.id(), request.type(), request.status().name(), request.submittedAt(),
                request.resultAnnouncedAt(), code, request.timeline());
    }
}
