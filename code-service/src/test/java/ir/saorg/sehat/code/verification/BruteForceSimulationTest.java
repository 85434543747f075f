package ir.saorg.sehat.code.verification;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.InMemoryCodes;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.Universities;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million well-formed random guesses (an attacker knows the check digit) through the verification limiter, from a
 * thousand clients, against 10,000 issued codes: none is found, and all but each client's minute share is refused.
 * docs/decisions/0003 has the arithmetic at national scale.
 */
class BruteForceSimulationTest {

    static final int GUESSES = 1_000_000;
    static final int CLIENTS = 1_000;
    static final int PER_CLIENT_PER_MINUTE = 60;

    @Test
    void aMillionGuessesFindNothingAndAreThrottled() {
        var random = new SplittableRandom(1404);
        Map<String, IssuedCode> issued = new HashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < 10_000; i++) {
            String digits = VerificationCode.generate(random).digits();
            issued.put(digits, new IssuedCode(digits, "r" + i, "ENROLMENT_CERTIFICATE",
                    new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), now, now.plus(Duration.ofDays(180)), null, null));
        }
        var codes = new InMemoryCodes();
        codes.stored.putAll(issued);
        var verifying = new Verifying(codes, new VerificationLimits(PER_CLIENT_PER_MINUTE, 30), entry -> { },
                new Universities(Map.of()), Clock.systemUTC());
        Map<VerificationResult, Integer> answers = new EnumMap<>(VerificationResult.class);
        int throttled = 0;
        long started = System.nanoTime();

        for (int guess = 0; guess < GUESSES; guess++) {
            try {
                var answer = verifying.withCodeAlone(VerificationCode.generate(random).digits(), "client-" + guess % CLIENTS);
                answers.merge(answer.result(), 1, Integer::sum);
            } catch (Throttled e) {
                throttled++;
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        int answered = GUESSES - throttled;
        System.out.printf("Brute force: %,d guesses from %,d clients in %.1f s: %,d answered (%s), %,d throttled%n",
                GUESSES, CLIENTS, seconds, answered, answers, throttled);
        assertThat(answers).doesNotContainKeys(VerificationResult.VALID, VerificationResult.EXPIRED);
        long refillAllowance = (long) Math.ceil(seconds / 60 * PER_CLIENT_PER_MINUTE) + 1;
        assertThat((long) answered).isLessThanOrEqualTo(CLIENTS * (PER_CLIENT_PER_MINUTE + refillAllowance));
        // A fixed share would depend on how long the run took (the buckets refill), which a busy machine stretches.
        assertThat(throttled).as("most guesses are throttled").isGreaterThan(answered);
    }
}
