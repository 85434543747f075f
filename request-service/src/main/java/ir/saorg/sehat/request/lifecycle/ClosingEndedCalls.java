package ir.saorg.sehat.request.lifecycle;

import java.time.Clock;
import java.util.List;

/**
 * When a type's call ends, requests submitted in it that are still waiting for payment are closed as CALL_ENDED:
 * the call is over, so the staff member may not pay for them any more. Works in pages so that a large call ending
 * does not load every request at once.
 */
public class ClosingEndedCalls {

    static final int PAGE = 500;

    private final Requests requests;
    private final RequestLifecycle lifecycle;
    private final Clock clock;

    public ClosingEndedCalls(Requests requests, RequestLifecycle lifecycle, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** Closes every request whose call has ended; returns how many this call closed. */
    public int closeAll() {
        int closed = 0;
        List<Request> page;
        do {
            page = requests.awaitingPaymentAfterCall(clock.instant(), PAGE);
            int before = closed;
            for (Request request : page) {
                if (lifecycle.closeForEndedCall(request)) {
                    closed++;
                }
            }
            if (closed == before) {
                break;
            }
        } while (page.size() == PAGE);
        return closed;
    }
}
