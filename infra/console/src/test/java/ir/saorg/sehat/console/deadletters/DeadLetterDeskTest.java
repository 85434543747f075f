package ir.saorg.sehat.console.deadletters;

import ir.saorg.sehat.platform.inbox.DeadLetterTopic;
import ir.saorg.sehat.platform.inbox.DeadLetterTopics;
import ir.saorg.sehat.console.deadletters.DeadLetter.Coordinates;
import ir.saorg.sehat.platform.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterDeskTest {

    static final DeadLetterTopic DLT = DeadLetterTopic.of("sehat.code.events", "request-service");

    /** A broker nobody answers on. */
    private final DeadLetterDesk desk = new DeadLetterDesk(new DeadLetterTopics(List.of(DLT)),
            new DeadLetterRecords("127.0.0.1:1", "test-console", Duration.ofMillis(500)), new NoActions(), null,
            Duration.ofMillis(500), Clock.systemUTC());

    @Test
    void aBrokerThatDoesNotAnswerIsAProblemToRetryNotAFailure() {
        assertThatThrownBy(desk::summary).isInstanceOfSatisfying(Problem.class, problem -> {
            org.assertj.core.api.Assertions.assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            org.assertj.core.api.Assertions.assertThat(problem.slug()).isEqualTo("dead-letters-unavailable");
        });
    }

    @Test
    void aTopicThatIsNotThisServicesDeadLetterTopicIsNotFoundBeforeAnythingIsRead() {
        assertThatThrownBy(() -> desk.newest("sehat.request.events", 10)).isInstanceOfSatisfying(Problem.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.slug())
                        .isEqualTo("dead-letter-topic-unknown"));
    }

    @Test
    void aDiscardWithoutAReasonIsRefusedBeforeAnythingIsRead() {
        var at = new Coordinates(DLT.name(), 0, 0);
        var admin = new DeadLetterDesk.Actor("admin", "Admin");
        assertThatThrownBy(() -> desk.discard(at, admin, " \n ")).isInstanceOfSatisfying(Problem.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.slug())
                        .isEqualTo("discard-reason-required"));
        assertThatThrownBy(() -> desk.discard(at, admin, "x".repeat(501))).isInstanceOfSatisfying(Problem.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.slug())
                        .isEqualTo("discard-reason-too-long"));
    }

    static final class NoActions implements DeadLetterActions {

        @Override
        public boolean claim(DeadLetterAction action) {
            throw new AssertionError("nothing may be claimed");
        }

        @Override
        public void release(String id) {
        }

        @Override
        public Map<String, DeadLetterAction> of(List<String> ids) {
            return Map.of();
        }

        @Override
        public long countOn(String topic) {
            return 0;
        }

        @Override
        public List<DeadLetterAction> newest(int limit) {
            return List.of();
        }
    }
}
