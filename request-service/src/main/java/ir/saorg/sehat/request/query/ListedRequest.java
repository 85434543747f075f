package ir.saorg.sehat.request.query;

import ir.saorg.sehat.request.lifecycle.IssuedCode;
import ir.saorg.sehat.request.lifecycle.RequestStatus;

import java.time.Instant;
import java.util.Map;

/** What a list shows of a request: no timeline, no payment. */
public record ListedRequest(String id, String type, String university, RequestStatus status,
                           Map<String, String> fields, Instant submittedAt, Instant resultDueAt, IssuedCode code,
                           String batchId) {

    public ListedRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
