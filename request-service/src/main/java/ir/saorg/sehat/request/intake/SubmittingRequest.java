package ir.saorg.sehat.request.intake;

import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypes;

import java.util.Map;

/** Checks a submission against its type's guide and, only if all of it is valid, starts its lifecycle. */
public class SubmittingRequest {

    private final RequestLifecycle lifecycle;

    public SubmittingRequest(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * @throws UnknownRequestTypeException when no such type exists
     * @throws InvalidFieldsException      listing every field that does not fit the guide
     */
    public Request submit(SubmitRequest command, String by, String university) {
        RequestType type = RequestTypes.byCode(command.type())
                .orElseThrow(() -> new UnknownRequestTypeException(command.type()));
        GuideCheck.Result checked = GuideCheck.check(type, command.fields() == null ? Map.of() : command.fields());
        if (!checked.valid()) {
            throw new InvalidFieldsException(checked.problems());
        }
        return lifecycle.submit(type, checked.fields(), by, university);
    }

    /** The named request type does not exist. */
    public static class UnknownRequestTypeException extends RuntimeException {

        public UnknownRequestTypeException(String type) {
            super(String.valueOf(type));
        }
    }

    /** Some fields do not fit the guide. */
    public static class InvalidFieldsException extends RuntimeException {

        private final transient java.util.List<GuideCheck.Problem> problems;

        public InvalidFieldsException(java.util.List<GuideCheck.Problem> problems) {
            super(problems.size() + " invalid fields");
            this.problems = java.util.List.copyOf(problems);
        }

        public java.util.List<GuideCheck.Problem> problems() {
            return problems;
        }
    }
}
