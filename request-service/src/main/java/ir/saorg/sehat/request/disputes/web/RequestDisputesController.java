package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.request.disputes.Dispute;
import ir.saorg.sehat.request.disputes.OpeningDispute;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * {@code POST /api/v1/requests/{id}/disputes} with {@code {"reason": ...}}: a staff member of the request's university
 * disputes its outcome. 201 with the dispute and its Location; 409 when the request has no outcome yet, or already has
 * a dispute (open, or closed with a final decision), naming it.
 */
@RestController
class RequestDisputesController {

    private final OpeningDispute opening;

    RequestDisputesController(OpeningDispute opening) {
        this.opening = opening;
    }

    /** A staff member's reason for disputing. */
    record Objection(String reason) {
    }

    @PostMapping("/api/v1/requests/{id}/disputes")
    ResponseEntity<DisputeView> open(@PathVariable UUID id, @RequestBody(required = false) Objection body,
                                     @AuthenticationPrincipal Jwt caller) {
        Dispute dispute = DisputeProblems.answering(() ->
                opening.open(id.toString(), Parties.of(caller), body == null ? null : body.reason()));
        return ResponseEntity.created(URI.create(DisputeView.PATH + dispute.id())).body(DisputeView.of(dispute));
    }
}
