package ir.saorg.sehat.console.health;

import ir.saorg.sehat.console.deadletters.DeadLetterDesk.TopicSummary;

import java.util.List;

/**
 * One service as the console's front page shows it: its health, what waits in its outbox, and its dead letters.
 *
 * @param health      the actuator's overall status (UP, DOWN, OUT_OF_SERVICE, UNKNOWN)
 * @param notUp       the health components that are not UP, with their status (e.g. {@code mongo DOWN})
 * @param outboxes    per outbox collection: events not yet acknowledged by Kafka and the oldest one's age in seconds
 * @param deadLetters per dead-letter topic: how many, and how many nobody has replayed or discarded
 * @param deadLettersUnreadable why the dead letters could not be counted, when they could not
 */
public record ServiceSummary(String service, String health, List<String> notUp, List<Outbox> outboxes, List<TopicSummary> deadLetters,
                             String deadLettersUnreadable) {

    public record Outbox(String collection, long pending, long oldestAgeSeconds) {
    }

    public long pendingDeadLetters() {
        return deadLetters.stream().mapToLong(TopicSummary::pending).sum();
    }

    public long pendingEvents() {
        return outboxes.stream().mapToLong(Outbox::pending).sum();
    }

    public boolean up() {
        return "UP".equals(health);
    }
}
