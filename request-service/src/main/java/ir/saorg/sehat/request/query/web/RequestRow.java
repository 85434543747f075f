package ir.saorg.sehat.request.query.web;

import ir.saorg.sehat.request.query.ListedRequest;
import ir.saorg.sehat.request.query.NationalIdMask;

import java.time.Instant;

/**
 * A request as a line of a list. The national ID is masked ({@code 049*****99}) for everyone: the detail
 * ({@code GET /api/v1/requests/{id}}) shows it in full to those who may see the request.
 *
 * @param code the issued code as people read it (five groups of four digits); null until one is issued
 */
public record RequestRow(String id, String type, String status, String university, String studentName,
                         String nationalId, String studentNumber, Instant submittedAt, Instant resultDueAt,
                         String code, String batchId) {

    static RequestRow of(ListedRequest request) {
        return new RequestRow(request.id(), request.type(), request.status() == null ? null : request.status().name(),
                request.university(), request.fields().get("fullName"),
                NationalIdMask.of(request.fields().get("nationalId")), request.fields().get("studentNumber"),
                request.submittedAt(), request.resultDueAt(),
                request.code() == null ? null : request.code().display(), request.batchId());
    }
}
