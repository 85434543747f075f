package ir.saorg.sehat.request.disputes;

import java.util.List;

/** A dispute action that the rules do not allow; {@link #why()} says which rule, {@link #arguments()} the details. */
public class DisputeRefused extends RuntimeException {

    /** The rule that refused the action. */
    public enum Why {
        /** No such request, or one the party may not see. */
        REQUEST_NOT_FOUND,
        /** No such dispute, or one the party may not see. */
        DISPUTE_NOT_FOUND,
        /** Their role does not take this part in a dispute. */
        WRONG_ROLE,
        /** The request has no outcome yet (argument: its status). */
        NO_OUTCOME_YET,
        /** The request already has an open dispute (argument: its id). */
        ALREADY_OPEN,
        /** The dispute is closed, and its decision final (argument: its id). */
        CLOSED,
        /** The text is empty. */
        TEXT_EMPTY,
        /** The text is longer than allowed (argument: the limit). */
        TEXT_TOO_LONG
    }

    private final Why why;
    private final transient List<Object> arguments;

    public DisputeRefused(Why why, Object... arguments) {
        super(why + " " + List.of(arguments));
        this.why = why;
        this.arguments = List.of(arguments);
    }

    public Why why() {
        return why;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
