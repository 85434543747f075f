package ir.saorg.sehat.request.disputes.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.disputes.DisputeRefused;
import org.springframework.http.HttpStatus;

import java.util.function.Supplier;

/** Answers a refused dispute action as problem details: which rule, in the client's language. */
final class DisputeProblems {

    private DisputeProblems() {
    }

    static <T> T answering(Supplier<T> action) {
        try {
            return action.get();
        } catch (DisputeRefused refused) {
            throw problem(refused);
        }
    }

    static Problem problem(DisputeRefused refused) {
        Object[] args = refused.arguments().toArray();
        return switch (refused.why()) {
            case REQUEST_NOT_FOUND -> new Problem(HttpStatus.NOT_FOUND, "request-not-found", args);
            case DISPUTE_NOT_FOUND -> new Problem(HttpStatus.NOT_FOUND, "dispute-not-found", args);
            case WRONG_ROLE -> new Problem(HttpStatus.FORBIDDEN, "dispute-wrong-role");
            case NO_OUTCOME_YET -> new Problem(HttpStatus.CONFLICT, "dispute-no-outcome", args).with("status", args[0]);
            case ALREADY_OPEN -> naming(new Problem(HttpStatus.CONFLICT, "dispute-already-open", args), args[0]);
            case CLOSED -> naming(new Problem(HttpStatus.CONFLICT, "dispute-closed", args), args[0]);
            case TEXT_EMPTY -> new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "dispute-text-required");
            case TEXT_TOO_LONG -> new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "dispute-text-too-long", args);
        };
    }

    private static Problem naming(Problem problem, Object disputeId) {
        return problem.with("disputeId", disputeId).with("dispute", DisputeView.PATH + disputeId);
    }
}
