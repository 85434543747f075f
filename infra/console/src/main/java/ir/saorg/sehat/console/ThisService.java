package ir.saorg.sehat.console;

import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** The name this service answers to under {@code /admin/services/<name>} (its {@code spring.application.name}). */
public record ThisService(String name) {

    /** Refuses a path naming another service: the gateway sent it to the wrong place. */
    public void check(String named) {
        if (!name.equals(named)) {
            throw new Problem(HttpStatus.NOT_FOUND, "console-service-unknown", named);
        }
    }
}
