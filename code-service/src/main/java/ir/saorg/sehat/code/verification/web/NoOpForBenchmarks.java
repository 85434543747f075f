package ir.saorg.sehat.code.verification.web;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The same HTTP path through the same service that does nothing: the baseline that the verification benchmark
 * compares against ({@code ./sehat bench-verify}). Exists only under the {@code benchmark} profile.
 */
@RestController
@Profile("benchmark")
class NoOpForBenchmarks {

    @GetMapping("/api/v1/benchmark/noop/{code}")
    Map<String, String> noOp(@PathVariable String code) {
        return Map.of("code", code, "result", "NOOP");
    }
}
