package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle.NewRequest;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes in one submission: the type must exist and its call be open, every field must fit the guide, a retried
 * submission (same idempotency key) returns the original, and a student has one open request per type. Only then
 * does the lifecycle start; nothing is written for a refused submission.
 */
public class SubmittingRequest {

    private final RequestLifecycle lifecycle;
    private final Requests requests;
    private final RequestTypeCatalogue types;
    private final Clock clock;

    public SubmittingRequest(RequestLifecycle lifecycle, Requests requests, RequestTypeCatalogue types, Clock clock) {
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.types = types;
        this.clock = clock;
    }

    /** Who submits: a staff member or a university's system, with the university its token names. */
    public record Submitter(String subject, String university) {
    }

    /** The outcome: the request, and whether it already existed under the same idempotency key. */
    public record Submission(Request request, boolean replayed) {
    }

    /**
     * @param idempotencyKey the client's {@code Idempotency-Key}, or null
     * @param batchId        the bulk file the submission comes from, or null
     * @throws UnknownRequestTypeException     when no such type exists
     * @throws CallClosedException             when the type's call is not open now
     * @throws InvalidFieldsException          listing every field that does not fit the guide
     * @throws OpenRequestExistsException      when the student already has an open request of this type
     * @throws IdempotencyKeyReusedException   when the key was used for a different submission
     */
    public Submission submit(SubmitRequest command, Submitter who, String idempotencyKey, String batchId) {
        String scopedKey = idempotencyKey == null ? null : who.subject() + ":" + idempotencyKey;
        RequestType type = types.current(command.type())
                .orElseThrow(() -> new UnknownRequestTypeException(command.type()));
        Optional<Submission> replay = replayOf(scopedKey, command);
        if (replay.isPresent()) {
            return replay.get();
        }
        Instant now = clock.instant();
        CallWindow window = type.openWindowAt(now).orElseThrow(() -> new CallClosedException(type,
                type.lastWindowBefore(now).orElse(null), type.nextWindowAfter(now).orElse(null)));
        GuideCheck.Result checked = GuideCheck.check(type, command.fields() == null ? Map.of() : command.fields());
        if (!checked.valid()) {
            throw new InvalidFieldsException(checked.problems());
        }
        Instant callClosesAt = type.callWindows().isEmpty() ? null : window.closesAt();
        Optional<Request> stored = lifecycle.submit(new NewRequest(type, checked.fields(), who.subject(),
                who.university(), callClosesAt, scopedKey, batchId));
        if (stored.isPresent()) {
            return new Submission(stored.get(), false);
        }
        return replayOf(scopedKey, command).orElseThrow(() -> requests.findOpen(Request.openKey(type.code(),
                        checked.fields())).map(OpenRequestExistsException::new)
                .orElseGet(() -> new OpenRequestExistsException(null)));
    }

    private Optional<Submission> replayOf(String scopedKey, SubmitRequest command) {
        if (scopedKey == null) {
            return Optional.empty();
        }
        return requests.findByIdempotencyKey(scopedKey).map(original -> {
            if (!original.type().equals(command.type()) || !sameFields(original, command)) {
                throw new IdempotencyKeyReusedException(original);
            }
            return new Submission(original, true);
        });
    }

    private boolean sameFields(Request original, SubmitRequest command) {
        Map<String, String> fields = command.fields() == null ? Map.of() : command.fields();
        return types.version(original.type(), original.typeVersion())
                .map(type -> GuideCheck.check(type, fields).fields().equals(original.fields()))
                .orElse(false);
    }

    /** The named request type does not exist. */
    public static class UnknownRequestTypeException extends RuntimeException {

        public UnknownRequestTypeException(String type) {
            super(String.valueOf(type));
        }
    }

    /** Some fields do not fit the guide. */
    public static class InvalidFieldsException extends RuntimeException {

        private final transient List<GuideCheck.Problem> problems;

        public InvalidFieldsException(List<GuideCheck.Problem> problems) {
            super(problems.size() + " invalid fields");
            this.problems = List.copyOf(problems);
        }

        public List<GuideCheck.Problem> problems() {
            return problems;
        }
    }

    /** The type's call is not open: {@code last} ended (or null), {@code next} opens later (or null). */
    public static class CallClosedException extends RuntimeException {

        private final transient RequestType type;
        private final transient CallWindow last;
        private final transient CallWindow next;

        public CallClosedException(RequestType type, CallWindow last, CallWindow next) {
            super("the call for " + type.code() + " is not open");
            this.type = type;
            this.last = last;
            this.next = next;
        }

        public RequestType type() {
            return type;
        }

        public CallWindow last() {
            return last;
        }

        public CallWindow next() {
            return next;
        }
    }

    /** The student has an open request of this type; {@code open} is it (null if it closed meanwhile). */
    public static class OpenRequestExistsException extends RuntimeException {

        private final transient Request open;

        public OpenRequestExistsException(Request open) {
            super("open request exists: " + (open == null ? "?" : open.id()));
            this.open = open;
        }

        public Request open() {
            return open;
        }
    }

    /** The idempotency key was first used for a different submission, {@code original}. */
    public static class IdempotencyKeyReusedException extends RuntimeException {

        private final transient Request original;

        public IdempotencyKeyReusedException(Request original) {
            super("idempotency key reused; first used for " + original.id());
            this.original = original;
        }

        public Request original() {
            return original;
        }
    }
}
