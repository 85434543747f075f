package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;

/**
 * An operator corrects the record behind an issued code (a misspelt name, a wrong student number). The correction is
 * a new request for the same type and university, already approved (paid for and reviewed with the original), whose
 * RequestApproved names the old code: code-service issues the new code and revokes the old one as RECORD_CORRECTED,
 * pointing to the new, so verifying the old code says where the right record is.
 * <p>
 * A request is corrected at most once (correct the correction to correct again): the new request's id is derived
 * from the original's, so a retried or racing correction finds the first one instead of making a second.
 */
public class CorrectingRecord {

    static final String CORRECTED = "CORRECTED";

    private final Requests requests;
    private final RequestTypeCatalogue types;
    private final Clock clock;

    public CorrectingRecord(Requests requests, RequestTypeCatalogue types, Clock clock) {
        this.requests = requests;
        this.types = types;
        this.clock = clock;
    }

    /** The type version an original was submitted under: corrections are checked against the same guide. */
    public RequestType typeOf(Request original) {
        return types.version(original.type(), original.typeVersion()).orElseThrow(() ->
                new IllegalTransitionException("request " + original.id() + " has unknown type " + original.type()));
    }

    /**
     * @param fields the corrected fields, already checked against {@link #typeOf the original's guide}
     * @return the correcting request (the existing one when this original was corrected before)
     * @throws RequestLifecycle.NotNowException when the original has no issued code
     * @throws OpenRequestConflict             when the corrected student has another open request of the type
     */
    public Request correct(Request original, Map<String, String> fields, String operator, String reason) {
        if (original.status() != CODE_ISSUED || original.code() == null) {
            throw new RequestLifecycle.NotNowException(original, "correct");
        }
        String id = correctionId(original.id());
        Request correction = requests.find(id).orElseGet(() -> insert(original, id, fields, operator, reason));
        if (original.correctedBy() == null) {
            Instant now = clock.instant();
            requests.apply(new Transition(original.id(), CODE_ISSUED, CODE_ISSUED,
                    new TimelineEntry(CORRECTED, now, operator, null, reason), Map.of("correctedBy", id), List.of()));
        }
        return correction;
    }

    private Request insert(Request original, String id, Map<String, String> fields, String operator, String reason) {
        RequestType type = typeOf(original);
        Instant now = clock.instant();
        var correction = new Request(id, original.type(), original.typeVersion(), original.university(), operator,
                fields, APPROVED, now, now.plus(type.targetTime()), original.callClosesAt(), now, null, null, null,
                null, null, null,
                Request.openKey(original.type(), fields), null, null,
                List.of(new TimelineEntry(RequestStatus.SUBMITTED.name(), now, operator, null,
                                "correction of " + original.id() + (reason == null ? "" : ": " + reason)),
                        new TimelineEntry(APPROVED.name(), now, operator, null)),
                original.id(), null);
        if (requests.insert(correction, List.of(Approvals.of(correction, type, now, original.code().value())))) {
            return correction;
        }
        return requests.find(id).orElseThrow(() -> new OpenRequestConflict(
                requests.findOpen(Request.openKey(original.type(), fields)).orElse(null)));
    }

    static String correctionId(String originalId) {
        return UUID.nameUUIDFromBytes(("correction-of:" + originalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The corrected student already has an open request of this type; {@code open} is it (null if it just closed). */
    public static class OpenRequestConflict extends RuntimeException {

        private final transient Request open;

        public OpenRequestConflict(Request open) {
            super("the corrected student has an open request");
            this.open = open;
        }

        public Request open() {
            return open;
        }
    }
}
