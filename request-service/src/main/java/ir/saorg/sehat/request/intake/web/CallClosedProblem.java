package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.text.JalaliDates;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.types.CallWindow;
import org.springframework.http.HttpStatus;

/**
 * A submission outside its type's call, as a problem that names the dates: when the next call opens and closes, or
 * when the last one closed, in Persian and in English (Jalali).
 */
public final class CallClosedProblem {

    private CallClosedProblem() {
    }

    public static Problem of(CallClosedException e) {
        CallWindow last = e.last();
        CallWindow next = e.next();
        if (next != null) {
            return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "call-not-open", e.type().nameFa(),
                    e.type().nameEn(), JalaliDates.persian(next.opensAt()), JalaliDates.english(next.opensAt()),
                    JalaliDates.persian(next.closesAt()), JalaliDates.english(next.closesAt()))
                    .with("opensAt", next.opensAt()).with("closesAt", next.closesAt());
        }
        var problem = new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "call-ended", e.type().nameFa(),
                e.type().nameEn(), last == null ? "" : JalaliDates.persian(last.closesAt()),
                last == null ? "" : JalaliDates.english(last.closesAt()));
        return last == null ? problem : problem.with("closedAt", last.closesAt());
    }
}
