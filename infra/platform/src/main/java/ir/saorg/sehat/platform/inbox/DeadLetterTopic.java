package ir.saorg.sehat.platform.inbox;

/**
 * A dead-letter topic of this service: where the binder puts a record of {@code source} that the consumer group
 * {@code group} could not handle after its retries ({@code <source>.<group>.dlt}).
 */
public record DeadLetterTopic(String name, String source, String group) {

    public static DeadLetterTopic of(String source, String group) {
        return new DeadLetterTopic(source + "." + group + ".dlt", source, group);
    }
}
