package ir.saorg.sehat.console.cluster.web;

import ir.saorg.sehat.console.cluster.ClusterOverview.ClusterUnavailableException;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;

import java.util.function.Supplier;

/** A broker that does not answer in time is a 503 with a problem, not a 500. */
final class Unavailable {

    private Unavailable() {
    }

    static <T> T when(Supplier<T> asking) {
        try {
            return asking.get();
        } catch (ClusterUnavailableException e) {
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "cluster-unavailable").withHeader("Retry-After", "5");
        }
    }
}
