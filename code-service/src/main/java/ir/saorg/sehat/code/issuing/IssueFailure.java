package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.events.code.CodeIssueFailed;

import java.time.Instant;

/**
 * An approved request that got no code, kept so that operators can see why and a repeated approval is not announced
 * twice.
 *
 * @param requestId the request, also the record's id
 * @param reason    why
 * @param attempts  how many draws were tried
 * @param failedAt  when issuing gave up
 */
public record IssueFailure(String requestId, CodeIssueFailed.Reason reason, int attempts, Instant failedAt) {
}
