package ir.saorg.sehat.platform.outbox;

/**
 * A MongoDB collection whose documents carry an {@code outbox} array. Each service declares one bean per such
 * collection; the relay drains them all.
 */
public record OutboxCollection(String name) {
}
